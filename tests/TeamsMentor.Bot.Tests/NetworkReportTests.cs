using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The network's report drafted as .docx (<c>GET …/report.docx</c>) from the Nord demo after the last gathering
/// (15 November 2024, every team's sluttrapport in): valid Open XML, the headings, the figures table equal to the
/// host's own figures, the evaluation's means equal to the host's trend, the chart images, every team's final answers,
/// and the marked places for the organizers' text. Organizers only.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class NetworkReportTests(AzuriteFixture azurite)
{
    private const string Network = NordDemo.Network;
    private const string Organizer = NordDemo.Organizer;

    private BotHostFactory Start() => new(azurite.ConnectionString, "Development", NordDemo.Settings("2024-11-15T09:00:00+01:00", AzuriteFixture.UniquePrefix()));

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string oid)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-TeamsMentor-Dev-User", oid);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task TheDraft_IsValidWord_WithTheFiguresTeamsAnswersAndPlacesForOwnText_OrganizersOnly()
    {
        await using var factory = Start();
        using var client = factory.CreateClient();
        using var response = await GetAsync(client, $"/api/tab/admin/networks/{Network}/report.docx", Organizer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TeamsMentor.Bot.Reports.NetworkReportEndpoints.DocxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"sluttrapport-{Network}-2024-11-15.docx", response.Content.Headers.ContentDisposition?.FileName);

        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        var body = document.MainDocumentPart!.Document.Body!;
        string Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        var headings = body.Elements<Paragraph>().Where(p => Style(p) == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["Læringsnettverket", "Samlingene", "Oppgavene mellom samlingene", "Åpen skjerm", "Evaluering", "Resultater i tall",
            "Teamenes sluttrapporter", "Oppsummering og veien videre"], headings);
        Assert.Equal("Sluttrapport: Mentorprogram Nord", body.Elements<Paragraph>().First().InnerText);

        // The figures table: the network's row equals the host's own figures table (the organizers' matrix).
        using var matrixResponse = await GetAsync(client, $"/api/tab/admin/networks/{Network}/reports", Organizer);
        var network = JsonNode.Parse(await matrixResponse.Content.ReadAsStringAsync())!["figures"]!["network"]!;
        var tables = body.Elements<Table>().ToList();
        var figures = tables.Single(t => t.Elements<TableRow>().First().InnerText.StartsWith("Kommune", StringComparison.Ordinal)
            && t.Elements<TableRow>().First().InnerText.Contains("Mentorer", StringComparison.Ordinal));
        var last = figures.Elements<TableRow>().Last().Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["Mentorprogram Nord", network["mentors"]!.ToString(), network["mentorsTrained"]!.ToString(),
            network["newHiresWithMentor"]!.ToString(), network["newHiresWithMentorQuit"]!.ToString()], last[..5]);

        // The gatherings (7, with attendance recorded for all but the latest), every team's sluttrapport, the places for own text.
        var gatherings = tables.Single(t => t.Elements<TableRow>().First().InnerText.StartsWith("SamlingDato", StringComparison.Ordinal));
        Assert.Equal(8, gatherings.Elements<TableRow>().Count());
        Assert.Matches(@"^\d+ av \d+$", gatherings.Elements<TableRow>().ElementAt(1).Elements<TableCell>().Last().InnerText);
        var teams = body.Elements<Paragraph>().SkipWhile(p => p.InnerText != "Teamenes sluttrapporter").Where(p => Style(p) == "Heading2").Select(p => p.InnerText).ToList();
        Assert.Equal(7, teams.Count);
        Assert.DoesNotContain("(ikke besvart)", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("Hvilke resultater har teamet oppnådd?", body.InnerText, StringComparison.Ordinal);
        Assert.True(body.Descendants<Highlight>().Count() >= 4);

        // The evaluation: the trend statement first, its network means equal to the host's trend (groups under 3 left out).
        using var resultsResponse = await GetAsync(client, $"/api/tab/admin/networks/{Network}/evaluations", Organizer);
        var results = JsonNode.Parse(await resultsResponse.Content.ReadAsStringAsync())!;
        var trend = results["trends"]!.AsArray().Single(x => x!["itemId"]!.GetValue<string>() == results["trendItemId"]!.GetValue<string>())!;
        var expected = trend["network"]!.AsArray().Select(p => p!["mean"] is { } m ? m.GetValue<decimal>().ToString("0.0", CultureInfo.GetCultureInfo("nb-NO")) : "–").ToList();
        var evaluation = body.Elements().SkipWhile(e => e.InnerText != "Evaluering").TakeWhile(e => e.InnerText != "Resultater i tall").ToList();
        Assert.StartsWith("Et mentorprogram vil styrke", evaluation.OfType<Paragraph>().First(p => Style(p) == "Heading2").InnerText, StringComparison.Ordinal);
        var means = evaluation.OfType<Table>().First().Elements<TableRow>().ElementAt(1).Elements<TableCell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["Snitt", .. expected], means);
        Assert.Equal(7, expected.Count);

        // The charts: three evaluation items, turnover against the reference, the counts over time; PNG with alt text.
        var main = document.MainDocumentPart!;
        var drawings = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().ToList();
        Assert.Equal(5, drawings.Count);
        Assert.All(drawings, d => Assert.StartsWith("Linjediagram over samlingene: ", d.Description?.Value, StringComparison.Ordinal));
        Assert.Contains(drawings, d => d.Description!.Value!.EndsWith("Turnover blant nytilsatte med mentor", StringComparison.Ordinal));
        var blips = body.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Select(b => b.Embed!.Value!).ToList();
        Assert.Equal(5, blips.Distinct().Count());
        foreach (var id in blips)
        {
            var part = Assert.IsType<ImagePart>(main.GetPartById(id));
            Assert.Equal("image/png", part.ContentType);
            using var bitmap = SkiaSharp.SKBitmap.Decode(part.GetStream());
            Assert.Equal((1600, 800), (bitmap.Width, bitmap.Height));
        }

        var member = JsonNode.Parse(await (await client.GetAsync("/api/tab/dev/people")).Content.ReadAsStringAsync())!.AsArray()
            .First(p => !(bool)p!["organizer"]!)!["objectId"]!.GetValue<string>();
        using var refused = await GetAsync(client, $"/api/tab/admin/networks/{Network}/report.docx", member);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }
}
