using System.Net;
using System.Text.Json.Nodes;
using TeamsMentor.Testing;

namespace TeamsMentor.EndToEnd.Tests;

/// <summary>
/// Open screen through the real Agents Playground with the Nord demo (no Graph locally, so the paste-a-link path): the
/// organizer writes "open screen" in her personal chat, is asked for the Teams link, schedules; the invite appears in the
/// linked team channel; a member says she is coming and everyone's card shows the count; the organizer cancels and the
/// channel card says so.
/// </summary>
public sealed class OpenScreenFlowTests(PlaygroundSession session) : IClassFixture<PlaygroundSession>
{
    private const string Channel = "channel-teamwork-id";
    private const string Personal = "personal-chat-id";
    private const string Member = "user-id-1"; // Mari Hansen, on the team through the channel roster
    private const string Link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_playground%40thread.v2/0";

    [Fact]
    public async Task OrganizerSchedulesWithAPastedLink_InviteInTheChannel_RsvpCounted_CancelUpdatesTheInvite()
    {
        await session.LinkChannelAsync(Channel, "mentorprogram-nord/tromso-sone-1");

        // The form, in her language; without Graph it asks for the meeting link and keeps what she typed.
        var mark = session.Mark();
        await session.PostJsonAsync($"_conversation/v1/conversations/{Personal}/messages",
            new JsonObject { ["from"] = new JsonObject { ["id"] = "user-id-0" }, ["text"] = "open screen", ["textFormat"] = "plain" });
        var form = await session.WaitForBotMessageAsync(mark, (c, m) => c == Personal && PlaygroundSession.CardText(m).Contains("Planlegg åpen skjerm", StringComparison.Ordinal));
        var schedule = Action(form["attachments"]![0]!["content"], a => (string?)a["verb"] == "openscreen.schedule");
        var inputs = new JsonObject { ["os.date"] = "2023-04-20", ["os.time"] = "14:00", ["os.duration"] = 60, ["os.topic"] = "Rekruttering av mentorer" };
        var missing = (await session.ExecuteAsync(Personal, (string?)form["messageId"], schedule, inputs))!["value"]!;
        Assert.Contains("Dette feltet må fylles ut.", Text(missing), StringComparison.Ordinal);
        Assert.Equal("Rekruttering av mentorer", (string?)Action(missing, a => (string?)a["id"] == "os.topic")["value"]);

        inputs["os.joinUrl"] = Link;
        mark = session.Mark();
        var scheduled = (await session.ExecuteAsync(Personal, (string?)form["messageId"], schedule, inputs))!["value"]!;
        Assert.Contains("Åpen skjerm er planlagt: Rekruttering av mentorer", Text(scheduled), StringComparison.Ordinal);

        // The invite in the team channel, in the network's language, with the link and the answers so far.
        var invite = await session.WaitForBotMessageAsync(mark, (c, m) => c.StartsWith(Channel, StringComparison.Ordinal)
            && PlaygroundSession.CardText(m).Contains("Åpen skjerm: Rekruttering av mentorer", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var shared = invite["attachments"]![0]!["content"]!;
        Assert.Contains("torsdag 20. april 2023 kl. 14:00–15:00", Text(shared), StringComparison.Ordinal);
        Assert.Contains("0 kommer · 0 kanskje · 0 kan ikke", Text(shared), StringComparison.Ordinal);
        Assert.Equal(Link, (string?)Action(shared, a => (string?)a["type"] == "Action.OpenUrl")["url"]);

        // Mari is coming: her own card says so, and everyone's card counts her.
        var thread = $"{Channel};messageid={invite["messageId"]}";
        mark = session.Mark();
        var yes = Action(shared, a => (string?)a["verb"] == "openscreen.rsvp" && (string?)a["data"]?["choice"] == "yes");
        var mine = (await session.ExecuteAsync(thread, (string?)invite["messageId"], yes, new JsonObject(), Member))!["value"]!;
        Assert.Contains("Ditt svar: Jeg kommer", Text(mine), StringComparison.Ordinal);
        var counted = await session.WaitForFrameAsync(mark, f => Text(f).Contains("1 kommer · 0 kanskje · 0 kan ikke", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains((string?)invite["messageId"] ?? "?", counted.ToJsonString(), StringComparison.Ordinal);

        // The organizer cancels from her card: the invite is updated for everyone.
        mark = session.Mark();
        var cancel = Action(scheduled, a => (string?)a["verb"] == "openscreen.cancel");
        var cancelled = (await session.ExecuteAsync(Personal, (string?)form["messageId"], cancel, new JsonObject { ["os.cancelComment"] = "Flyttes." }))!["value"]!;
        Assert.Contains("Avlyst: Rekruttering av mentorer", Text(cancelled), StringComparison.Ordinal);
        await session.WaitForFrameAsync(mark, f => Text(f).Contains("Avlyst: Rekruttering av mentorer", StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        // The organizers' workspace has it, cancelled, with Mari's answer.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(session.BotUri, "api/tab/admin/networks/mentorprogram-nord/openScreen"));
        request.Headers.Add("X-TeamsMentor-Dev-User", PlaygroundSession.CurrentUserAadObjectId);
        using var response = await session.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ours = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["sessions"]!.AsArray().Single(s => (string?)s!["topic"] == "Rekruttering av mentorer" && (string?)s["joinUrl"] == Link)!;
        Assert.Equal("cancelled", (string?)ours["state"]);
        Assert.Equal(1, (int)ours["rsvp"]!["yes"]!);
    }

    private static string Text(JsonNode? node) => CardNodes.Text(node);

    private static JsonObject Action(JsonNode? node, Func<JsonObject, bool> match) => CardNodes.Find(node, match);
}
