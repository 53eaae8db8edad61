using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.OpenScreen;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Open screen without Graph (the paste-a-link path) through the real host: the "åpen skjerm" command and where it is
/// allowed, the form that requires a Teams link, and the organizers' workspace API (overview, people, cancel,
/// attendance) with its role checks.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OpenScreenApiTests(AzuriteFixture azurite) : EvaluationTestBase(azurite)
{
    private const string Link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";

    private IOpenScreenRepository Sessions => Factory.Services.GetRequiredService<IOpenScreenRepository>();

    private string Base => $"/api/tab/admin/networks/{Network}/openScreen";

    private async Task<OpenScreenSession> ScheduleAsync(string date = "2023-05-03")
    {
        var card = await InvokeAsync(OpenScreenVerbs.Schedule, OpenScreenActionTests.Form(date: date, joinUrl: Link), Organizer);
        Assert.Contains("Åpen skjerm er planlagt", Texts(card), StringComparison.Ordinal);
        return (await Sessions.ListSessionsAsync(Network, CancellationToken.None)).Select(s => s.Value).Single(s => s.Start.Date == DateTime.Parse(date).Date);
    }

    [Fact]
    public async Task Command_OrganizerOutsideTeamChannels_GetsTheFormWithTheLinkRequired()
    {
        await PostAsync(TeamsPayloads.ChannelCommand("åpen skjerm", Organizer, "Ragnhild Sørvik"));

        var card = CardOf(SingleSent().Activity);
        Assert.Contains("Planlegg åpen skjerm", Texts(card), StringComparison.Ordinal);
        var link = card["body"]!.AsArray().Single(e => (string?)e!["id"] == "os.joinUrl")!;
        Assert.True((bool)link["isRequired"]!);
        Assert.Contains("Lag møtet i Teams- eller Outlook-kalenderen", Texts(card), StringComparison.Ordinal);
        var teams = card["body"]!.AsArray().Single(e => (string?)e!["id"] == "os.teams")!;
        Assert.Equal(7, teams["choices"]!.AsArray().Count);
        Assert.Equal(7, ((string?)teams["value"])!.Split(',').Length); // all chosen to begin with
    }

    [Fact]
    public async Task Command_InALinkedTeamChannel_ToldWhereToDoIt()
    {
        await LinkAsync("tromso-sone-1", TeamsPayloads.ChannelId);
        await PostAsync(TeamsPayloads.ChannelCommand("open screen", Organizer));
        Assert.Contains("personlig chat med meg eller i arrangørkanalen", Texts(CardOf(SingleSent().Activity)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_Participant_OrganizersOnly()
    {
        await PostAsync(TeamsPayloads.ChannelCommand("åpen skjerm", Hanne));
        Assert.Contains("Bare arrangørene", Texts(CardOf(SingleSent().Activity)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_NoLinkAndNoGraph_LinkRequired_NotATeamsLinkRefused()
    {
        var card = await InvokeAsync(OpenScreenVerbs.Schedule, OpenScreenActionTests.Form(), Organizer);
        Assert.Contains("Dette feltet må fylles ut", Texts(card), StringComparison.Ordinal);

        card = await InvokeAsync(OpenScreenVerbs.Schedule, OpenScreenActionTests.Form(joinUrl: "https://zoom.us/j/123"), Organizer);
        Assert.Contains("Lim inn lenken til et Teams-møte", Texts(card), StringComparison.Ordinal);
        Assert.Empty(await Sessions.ListSessionsAsync(Network, CancellationToken.None));
    }

    [Fact]
    public async Task Overview_OrganizerSeesSessionsWithAnswersAndAttendance_OthersRefused()
    {
        var soon = await ScheduleAsync();
        await ScheduleAsync("2023-05-10");
        await InvokeAsync(OpenScreenVerbs.Rsvp, new OpenScreenCardData(Network, soon.Id, RsvpChoice.Yes).ToJson(), Hanne);
        await InvokeAsync(OpenScreenVerbs.Rsvp, new OpenScreenCardData(Network, soon.Id, RsvpChoice.Maybe).ToJson(), Silje);

        var response = await SendTabAsync(HttpMethod.Get, Base, TabToken(Organizer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False((bool)body["meetingsConfigured"]!);
        var sessions = body["sessions"]!.AsArray();
        Assert.Equal(2, sessions.Count);
        var first = sessions[0]!;
        Assert.Equal(soon.Id, (string?)first["id"]);
        Assert.Equal("upcoming", (string?)first["state"]);
        Assert.False((bool)first["started"]!);
        Assert.False((bool)first["ended"]!);
        Assert.Equal("2023-05-03T14:00:00+02:00", (string?)first["start"]);
        Assert.Equal(1, (int)first["rsvp"]!["yes"]!);
        Assert.Equal(1, (int)first["rsvp"]!["maybe"]!);
        Assert.True((bool)first["allTeams"]!);
        Assert.Equal($"/openscreen/{Network}/{soon.Id}.ics", (string?)first["calendarUrl"]);
        Assert.Null(first["attendance"]); // JSON null: not recorded

        Assert.Equal(HttpStatusCode.Forbidden, (await SendTabAsync(HttpMethod.Get, Base, TabToken(Hanne))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendTabAsync(HttpMethod.Get, Base, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendTabAsync(HttpMethod.Post, $"{Base}/{soon.Id}/cancel", TabToken(Hanne))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendTabAsync(HttpMethod.Get, $"{Base}/0123456789abcdef0123", TabToken(Organizer))).StatusCode);
    }

    [Fact]
    public async Task Cancel_FromTheTab_SessionCancelled_AfterTheStartRefused()
    {
        var session = await ScheduleAsync();

        var response = await SendTabAsync(HttpMethod.Post, $"{Base}/{session.Id}/cancel", TabToken(Organizer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cancelled", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["session"]!["state"]);
        Assert.True((await Sessions.GetSessionAsync(Network, session.Id, CancellationToken.None))!.Value.IsCancelled);

        var later = await ScheduleAsync("2023-05-10");
        TestClock.SetUtcNow(later.Start.AddMinutes(5));
        Assert.Equal(HttpStatusCode.Conflict, (await SendTabAsync(HttpMethod.Post, $"{Base}/{later.Id}/cancel", TabToken(Organizer))).StatusCode);
    }

    [Fact]
    public async Task Attendance_RecordedByHand_AfterTheStartOnly_MembersOnly()
    {
        var session = await ScheduleAsync();
        await InvokeAsync(OpenScreenVerbs.Rsvp, new OpenScreenCardData(Network, session.Id, RsvpChoice.Yes).ToJson(), Hanne);
        var path = $"{Base}/{session.Id}/attendance";
        const string body = """{"memberIds":["tromso-sone-1-hanne","hammerfest-anita"]}""";

        Assert.Equal(HttpStatusCode.BadRequest, (await SendTabAsync(HttpMethod.Put, path, TabToken(Organizer), body)).StatusCode); // not started
        TestClock.SetUtcNow(session.End);
        var unknown = await SendTabAsync(HttpMethod.Put, path, TabToken(Organizer), """{"memberIds":["tromso-sone-1-hanne","nobody"]}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("nobody", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await Sessions.ListAttendanceAsync(Network, CancellationToken.None));

        var saved = await SendTabAsync(HttpMethod.Put, path, TabToken(Organizer), body);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var detail = JsonNode.Parse(await saved.Content.ReadAsStringAsync())!;
        Assert.Equal(2, (int)detail["session"]!["attendance"]!["count"]!);
        Assert.Equal("manual", (string?)detail["session"]!["attendance"]!["source"]);
        Assert.Equal("past", (string?)detail["session"]!["state"]);
        Assert.True((bool)detail["session"]!["ended"]!); // by the host's clock
        var hanne = detail["people"]!.AsArray().Single(p => (string?)p!["memberId"] == "tromso-sone-1-hanne")!;
        Assert.Equal("yes", (string?)hanne["rsvp"]);
        Assert.True((bool)hanne["attended"]!);
        Assert.Equal(["hammerfest-anita", "tromso-sone-1-hanne"], (await Sessions.ListAttendanceAsync(Network, CancellationToken.None))[session.Id].MemberIds.Order(StringComparer.Ordinal));

        var import = await SendTabAsync(HttpMethod.Post, $"{path}/import", TabToken(Organizer));
        Assert.Equal(HttpStatusCode.Conflict, import.StatusCode); // no Graph here
        Assert.Contains("Record attendance by hand", await import.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
