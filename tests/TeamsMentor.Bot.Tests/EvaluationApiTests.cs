using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>The organizers' evaluation API: results and trend with small groups left out, the export, and the item bank's trend guard.</summary>
[Collection(HostCollection.Name)]
public sealed class EvaluationApiTests(AzuriteFixture azurite) : EvaluationTestBase(azurite)
{
    private const string Results = $"/api/tab/admin/networks/{Network}/evaluations";

    private Task<HttpResponseMessage> TabAsync(HttpMethod method, string path, string oid, string? body = null, string? ifMatch = null) =>
        SendTabAsync(method, path, TabToken(oid), body, ifMatch is null ? null : ("If-Match", ifMatch));

    /// <summary>Gathering 3: Tromsø 4, Hammerfest 3, Dyrøy 1 (Dyrøy hidden, and Hammerfest with it so Dyrøy cannot be subtracted out). Gathering 2: Tromsø 3.</summary>
    private async Task SeedAsync()
    {
        var motivation = new[] { 5, 4, 4, 3 };
        for (var i = 0; i < motivation.Length; i++)
        {
            await AnswerAsync($"aad-t{i}", "tromso", motivation[i], text: i == 0 ? "Plakatvandringen" : null);
        }

        foreach (var (aad, score) in new[] { ("aad-h1", 2), ("aad-h2", 3), ("aad-h3", 4) })
        {
            await AnswerAsync(aad, "hammerfest", score);
        }

        await AnswerAsync("aad-d1", "dyroy", 1, text: "Bare jeg fra Dyrøy");
        foreach (var (aad, score) in new[] { ("aad-t0", 3), ("aad-t1", 3), ("aad-t2", 4) })
        {
            await AnswerAsync(aad, "tromso", score, gathering: 2);
        }
    }

    [Fact]
    public async Task Results_PerGatheringAndTrend_SmallGroupsLeftOut()
    {
        await SeedAsync();

        using var response = await TabAsync(HttpMethod.Get, Results + "?locale=en-US", Organizer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("motivasjon", (string?)body["trendItemId"]);
        Assert.StartsWith("A mentor program will strengthen", (string?)body["items"]![0]!["text"], StringComparison.Ordinal);
        var g3 = body["gatherings"]!.AsArray().Single(g => (int)g!["number"]! == 3)!;
        Assert.Equal(("open", 8, false), ((string?)g3["state"], (int)g3["respondents"]!, (bool)g3["suppressed"]!));
        var motivation = g3["items"]!.AsArray().Single(i => (string?)i!["itemId"] == "motivasjon")!;
        Assert.Equal("[1,1,2,3,1]", motivation["network"]!["counts"]!.ToJsonString());
        Assert.Equal(3.25m, (decimal)motivation["network"]!["mean"]!);
        var groups = motivation["municipalities"]!.AsArray().ToDictionary(m => (string)m!["municipalityId"]!, m => m!);
        Assert.Equal(4, (int)groups["tromso"]["statistics"]!["n"]!);
        Assert.True((bool)groups["dyroy"]["suppressed"]! && groups["dyroy"]["statistics"] is null);
        Assert.True((bool)groups["hammerfest"]["suppressed"]! && groups["hammerfest"]["statistics"] is null);
        Assert.Equal(["Bare jeg fra Dyrøy", "Plakatvandringen"], g3["texts"]!["mest-nyttig"]!.AsArray().Select(t => (string?)t));
        var trend = body["trends"]!.AsArray().Single(t => (string?)t!["itemId"] == "motivasjon")!;
        Assert.Equal([null, 3.33m, 3.25m], trend["network"]!.AsArray().Select(p => (decimal?)p!["mean"])); // gathering 1: no answers
        Assert.Equal([null, 3.33m, 4m], trend["municipalities"]!["tromso"]!.AsArray().Select(p => (decimal?)p!["mean"]));
        Assert.All(trend["municipalities"]!["dyroy"]!.AsArray(), p => Assert.Null((decimal?)p!["mean"]));
    }

    [Fact]
    public async Task Results_AndExport_OrganizersOnly()
    {
        using var member = await TabAsync(HttpMethod.Get, Results, Hanne);
        using var export = await TabAsync(HttpMethod.Get, Results + "/export?format=csv", Hanne);
        using var format = await TabAsync(HttpMethod.Get, Results + "/export?format=pdf", Organizer);

        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
    }

    [Fact]
    public async Task Export_XlsxAndCsv_EveryAnswerAnonymous_SmallMunicipalitiesNotNamed()
    {
        await SeedAsync();

        using var xlsx = await TabAsync(HttpMethod.Get, Results + "/export?format=xlsx", Organizer);
        Assert.Equal($"evalueringer-{Network}-2023-04-27.xlsx", xlsx.Content.Headers.ContentDisposition?.FileName);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Svar", "Resultater"], sheets.Select(s => s.Name!.Value));
        List<List<string>> Rows(int sheet) => [.. ((WorksheetPart)document.WorkbookPart.GetPartById(sheets[sheet].Id!)).Worksheet
            .Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList())];
        var answers = Rows(0);
        Assert.Equal(12, answers.Count); // the header and 11 answers
        Assert.Equal(["Samling", "Kommune"], answers[0][..2]);
        Assert.Equal(4, answers.Count(r => r[..2].SequenceEqual(["3", "Tromsø"])));
        Assert.Equal(4, answers.Count(r => r[..2].SequenceEqual(["3", "færre enn 3 svar"]))); // Hammerfest and Dyrøy, not named
        Assert.DoesNotContain(answers, r => r.Contains("Dyrøy") || r.Contains("Hammerfest"));
        var results = Rows(1);
        Assert.Contains(results, r => r.Count > 6 && r[0] == "3" && r[2] == "Hele nettverket" && r[4] == "8" && r[5] == "3.25");
        Assert.Contains(results, r => r[0] == "3" && r[2] == "Dyrøy" && r[4] == "færre enn 3 svar");

        using var csv = await TabAsync(HttpMethod.Get, Results + "/export?format=csv&locale=en-US", Organizer);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFGathering,Municipality,", text, StringComparison.Ordinal);
        Assert.Contains("Bare jeg fra Dyrøy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemBank_AddGatheringItem_ButStableItemsKeepTheirTrend()
    {
        using var plan = await TabAsync(HttpMethod.Get, $"/api/tab/admin/networks/{Network}/plan", Organizer);
        var version = plan.Headers.ETag!.ToString();
        var items = $"/api/tab/admin/networks/{Network}/evaluationItems/";

        using var added = await TabAsync(HttpMethod.Put, items + "kick-off", Organizer,
            """{ "kind": "likert", "text": { "nb": "Vi har en plan for kick-off.", "en": null }, "stable": false, "gatherings": [4] }""", version);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        version = added.Headers.ETag!.ToString();

        using var delete = await TabAsync(HttpMethod.Delete, items + "motivasjon", Organizer, ifMatch: version);
        using var kind = await TabAsync(HttpMethod.Put, items + "motivasjon", Organizer,
            """{ "kind": "rating", "text": { "nb": "Motivasjon" }, "stable": true, "gatherings": null }""", version);
        using var typo = await TabAsync(HttpMethod.Put, items + "motivasjon", Organizer,
            """{ "kind": "likert", "text": { "nb": "Et mentorprogram vil styrke min kommunes evne til å rekruttere og beholde helsepersonell" }, "stable": true, "gatherings": null }""", version);

        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Contains("would break its trend", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, typo.StatusCode); // its text may be corrected
        var stored = (await Networks.GetPlanAsync(Network, CancellationToken.None))!.EvaluationItems;
        Assert.Equal([4], stored.Single(i => i.Id == "kick-off").Gatherings);
        Assert.Contains(stored, i => i.Id == "motivasjon" && i.Stable);
    }
}
