using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Attendance at the gatherings (<c>/api/tab/admin/networks/{id}/attendance</c>): organizers tick who came once a
/// gathering has started; turnout per gathering and municipality; the export; and every refusal saves nothing.
/// The clock stands on 27 April 2023 14:00: gatherings 1-3 have started, 4-7 not.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AttendanceApiTests(AzuriteFixture azurite) : EvaluationTestBase(azurite)
{
    private const string Attendance = $"/api/tab/admin/networks/{Network}/attendance";

    private async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(HttpMethod method, string path, string oid, string? body = null)
    {
        using var response = await SendTabAsync(method, path, TabToken(oid), body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!);
    }

    private static JsonNode Gathering(JsonNode overview, int number) => overview["gatherings"]!.AsArray().Single(g => (int)g!["number"]! == number)!;

    private static JsonNode Municipality(JsonNode gathering, string id) =>
        gathering["turnout"]!["municipalities"]!.AsArray().Single(m => (string?)m!["municipalityId"] == id)!;

    [Fact]
    public async Task Organizer_TicksWhoCame_TurnoutPerGatheringAndMunicipality_ReplacedWhole()
    {
        var (status, before) = await SendAsync(HttpMethod.Get, Attendance, Organizer);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((true, false), ((bool)Gathering(before, 3)["started"]!, (bool)Gathering(before, 4)["started"]!));
        Assert.False((bool)Gathering(before, 3)["turnout"]!["recorded"]!);
        var members = (int)Gathering(before, 3)["turnout"]!["members"]!;
        Assert.True(members > 20);

        var (saved, after) = await SendAsync(HttpMethod.Put, Attendance + "/3", Organizer,
            """{"memberIds":["tromso-sone-1-hanne","tromso-sone-1-silje","tromso-sone-1-hanne","hammerfest-anita"]}""");
        Assert.Equal(HttpStatusCode.OK, saved);
        var three = Gathering(after, 3);
        Assert.Equal((true, 3, members), ((bool)three["turnout"]!["recorded"]!, (int)three["turnout"]!["present"]!, (int)three["turnout"]!["members"]!)); // Hanne once
        Assert.Equal(2, (int)Municipality(three, "tromso")["present"]!);
        Assert.Equal(1, (int)Municipality(three, "hammerfest")["present"]!);
        Assert.Equal(0, (int)Municipality(three, "dyroy")["present"]!);

        var (_, again) = await SendAsync(HttpMethod.Put, Attendance + "/3", Organizer, """{"memberIds":["hammerfest-anita"]}""");
        Assert.Equal(["hammerfest-anita"], Gathering(again, 3)["memberIds"]!.AsArray().Select(x => (string?)x));
        Assert.Equal(0, (int)Municipality(Gathering(again, 3), "tromso")["present"]!);
    }

    [Fact]
    public async Task Refused_NotStarted_UnknownPeople_NoBody_NotAnOrganizer_NothingSaved()
    {
        var (early, earlyBody) = await SendAsync(HttpMethod.Put, Attendance + "/4", Organizer, """{"memberIds":["tromso-sone-1-hanne"]}""");
        Assert.Equal((HttpStatusCode.BadRequest, "attendance.notStarted"), (early, (string?)earlyBody["code"]));
        var (unknown, unknownBody) = await SendAsync(HttpMethod.Put, Attendance + "/3", Organizer, """{"memberIds":["tromso-sone-1-hanne","ukjent-person"]}""");
        Assert.Equal((HttpStatusCode.BadRequest, "attendance.unknownPeople"), (unknown, (string?)unknownBody["code"]));
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Put, Attendance + "/3", Organizer, "{}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Put, Attendance + "/9", Organizer, """{"memberIds":[]}""")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Put, Attendance + "/3", Hanne, """{"memberIds":["tromso-sone-1-hanne"]}""")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, Attendance, Hanne)).Status);

        var (_, overview) = await SendAsync(HttpMethod.Get, Attendance, Organizer);
        Assert.All(overview["gatherings"]!.AsArray(), g => Assert.False((bool)g!["turnout"]!["recorded"]!));
    }

    [Fact]
    public async Task Export_Xlsx_OneRowPerMunicipalityAndTheNetwork()
    {
        await SendAsync(HttpMethod.Put, Attendance + "/2", Organizer, """{"memberIds":["tromso-sone-1-hanne","hammerfest-anita"]}""");
        using var response = await SendTabAsync(HttpMethod.Get, Attendance + "/export?format=xlsx&locale=nb-NO", TabToken(Organizer));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("oppmote-", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'), StringComparison.Ordinal);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
        Assert.Equal(1 + 4 + 1, rows.Count); // headings, 4 municipalities, the network
    }
}
