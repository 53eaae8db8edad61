using System.Net;
using System.Text.Json.Nodes;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Attendance at a digital gathering imported from its Teams meeting's attendance report (Graph played by
/// <see cref="FakeGraph"/>): Nord's gathering 2 (digital, 25 November 2022) gets its meeting link in the plan; the clock
/// stands on 27 April 2023. Members are found by Entra id or e-mail; guests are left out; every refusal saves nothing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AttendanceImportTests : EvaluationTestBase
{
    private const string Attendance = $"/api/tab/admin/networks/{Network}/attendance";
    private const string MeetingUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_samling2%40thread.v2/0";

    public AttendanceImportTests(AzuriteFixture azurite)
        : base(azurite, OpenScreenActionTests.GraphSettings)
    {
        var plan = NordPlan();
        plan = plan with
        {
            Network = plan.Network with { Organizers = [plan.Network.Organizers[0] with { AadObjectId = Organizer }, .. plan.Network.Organizers.Skip(1)] },
            Gatherings = [.. plan.Gatherings.Select(g => g.Number == 2 ? g with { MeetingUrl = MeetingUrl } : g)],
            Members = [.. plan.Members.Select(m => m.Id == "tromso-sone-1-hanne" ? m with { AadObjectId = Hanne } : m)],
        };
        Networks.ImportAsync(plan, CancellationToken.None).GetAwaiter().GetResult();
    }

    private Task<(HttpStatusCode Status, JsonNode? Body)> ImportAsync(string path, string oid) => TabJsonAsync(HttpMethod.Post, path, oid);

    [Fact]
    public async Task ImportFromTeams_FindsMembersByIdOrEmail_LeavesGuestsOut_ReplacesTheRecord()
    {
        using var list = await SendTabAsync(HttpMethod.Get, Attendance, TabToken(Organizer));
        var overview = JsonNode.Parse(await list.Content.ReadAsStringAsync())!;
        var gatherings = overview["gatherings"]!.AsArray();
        Assert.True((bool)gatherings.Single(g => (int)g!["number"]! == 2)!["canImport"]!);
        Assert.False((bool)gatherings.Single(g => (int)g!["number"]! == 1)!["canImport"]!); // physical, no meeting

        var anita = NordPlan().Members.Single(m => m.Id == "hammerfest-anita").Email!;
        Factory.Graph.AddOwnedMeeting(MeetingUrl);
        Factory.Graph.AddAttendance(MeetingUrl, (Hanne, null, "Hanne Solbakken", 5400), (null, anita, "Anita", 3000), (null, "gjest@example.org", "Gjest", 600));
        var (status, body) = await ImportAsync($"{Attendance}/2/import", Organizer);
        Assert.Equal(HttpStatusCode.OK, status);
        var two = body!["gatherings"]!.AsArray().Single(g => (int)g!["number"]! == 2)!;
        Assert.Equal(["hammerfest-anita", "tromso-sone-1-hanne"], two["memberIds"]!.AsArray().Select(x => (string)x!).Order());
        Assert.Equal(2, (int)two["turnout"]!["present"]!);
    }

    [Fact]
    public async Task Refused_APhysicalGathering_ANotStartedOne_NoReport_NotAnOrganizer()
    {
        var (physical, problem) = await ImportAsync($"{Attendance}/1/import", Organizer);
        Assert.Equal((HttpStatusCode.Conflict, "attendance.noMeeting"), (physical, (string?)problem!["code"]));
        var (early, earlyProblem) = await ImportAsync($"{Attendance}/4/import", Organizer);
        Assert.Equal((HttpStatusCode.BadRequest, "attendance.notStarted"), (early, (string?)earlyProblem!["code"]));
        Factory.Graph.AddOwnedMeeting(MeetingUrl); // the meeting exists, but Teams has made no attendance report for it
        var (noReport, noReportProblem) = await ImportAsync($"{Attendance}/2/import", Organizer);
        Assert.Equal(HttpStatusCode.Conflict, noReport);
        Assert.Equal("openScreen.noAttendanceReport", (string?)noReportProblem!["code"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync($"{Attendance}/2/import", Hanne)).Status);
        using var list = await SendTabAsync(HttpMethod.Get, Attendance, TabToken(Organizer));
        Assert.All(JsonNode.Parse(await list.Content.ReadAsStringAsync())!["gatherings"]!.AsArray(), g => Assert.Null((string?)g!["recordedAt"]));
    }
}
