using System.Net;
using System.Text.Json.Nodes;
using TeamsMentor.Testing;

namespace TeamsMentor.EndToEnd.Tests;

/// <summary>The whole stack as Mari Hansen, the day after gathering 3 (Friday 28 April 2023 09:00): the progress plan is asked now.</summary>
public sealed class ProgressPlanPlaygroundSession : PlaygroundSession
{
    protected override string DemoNow => "2023-04-28T09:00:00+02:00";

    protected override string? AsPerson => "Mari Hansen";
}

/// <summary>
/// The progress plan after a gathering through the real Agents Playground: the organizer links the channel, the
/// scheduler posts the progress-plan card in the channel and in Mari's own chat; she opens it, adds a step (what, who,
/// by when), the channel card shows the plan started, and the organizers' view in the tab's API shows her step.
/// </summary>
public sealed class ProgressPlanFlowTests(ProgressPlanPlaygroundSession session) : IClassFixture<ProgressPlanPlaygroundSession>
{
    private const string Channel = "channel-teamwork-id";
    private const string Mari = "user-id-1";

    [Fact]
    public async Task CardAfterTheGathering_AMemberAddsAStep_TheOrganizerSeesIt()
    {
        var mark = await session.LinkChannelAsync(Channel, "mentorprogram-nord/tromso-sone-1");
        var inChannel = await session.WaitForBotMessageAsync(mark, (c, m) => c.StartsWith(Channel, StringComparison.Ordinal)
            && PlaygroundSession.CardText(m).Contains("Fremdriftsplan etter samling 3", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal("progressplan.open", (string?)inChannel["attachments"]![0]!["content"]!["refresh"]!["action"]!["verb"]);
        var chat = "";
        var personal = await session.WaitForBotMessageAsync(mark, (c, m) => !(chat = c).StartsWith(Channel, StringComparison.Ordinal)
            && PlaygroundSession.CardText(m).Contains("Fremdriftsplan etter samling 3", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("torsdag 11. mai 2023 kl. 23:59", PlaygroundSession.CardText(personal), StringComparison.Ordinal); // the deadline

        // She opens it in her chat: both tasks from gathering 3, no steps yet, and the form.
        var view = (await session.ExecuteAsync(chat, personal, new JsonObject(), Mari))!["value"]!.AsObject();
        var text = PlaygroundSession.BodyText(view);
        Assert.Contains("Etabler et tilbud om kompetanseheving for mentorer", text, StringComparison.Ordinal);
        Assert.Contains("Ikke påbegynt", text, StringComparison.Ordinal);
        var who = CardNodes.Objects(view).Single(o => (string?)o["id"] == "pp.owner")["choices"]!.AsArray()
            .Single(c => (string?)c!["title"] == "Mari Hansen")!["value"]!.GetValue<string>();

        var before = session.Mark();
        var add = view["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "progressplan.addStep")!.AsObject();
        var added = (await session.ExecuteAsync(chat, (string?)personal["messageId"], add, new JsonObject
        {
            ["pp.task"] = "kompetanseheving-mentorer",
            ["pp.text"] = "Avtal mentorkurs med UiT",
            ["pp.owner"] = who,
            ["pp.due"] = "2023-05-10",
        }, Mari))!["value"]!.AsObject();
        text = PlaygroundSession.BodyText(added);
        Assert.Contains("Steget er lagt til.", text, StringComparison.Ordinal);
        Assert.Contains("Avtal mentorkurs med UiT – Mari Hansen, innen 10. mai 2023", text, StringComparison.Ordinal);
        Assert.Contains("Påbegynt: 1 av 2 oppgaver", text, StringComparison.Ordinal);

        // Everyone's channel card shows the plan started (the delivery engine's message update).
        var messageId = (string?)inChannel["messageId"] ?? "?";
        await session.WaitForFrameAsync(before, f => f.ToJsonString() is var json && json.Contains("1 av 2 oppgaver", StringComparison.Ordinal)
            && json.Contains(messageId, StringComparison.Ordinal), TimeSpan.FromSeconds(30));

        // The organizers' view: the team's plan for the period after gathering 3, a draft with her step.
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(session.BotUri, "api/tab/admin/networks/mentorprogram-nord/progressPlans"));
        request.Headers.Add("X-TeamsMentor-Dev-User", PlaygroundSession.CurrentUserAadObjectId);
        using var response = await session.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var overview = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var period = overview["teams"]!.AsArray().Single(t => (string?)t!["id"] == "tromso-sone-1")!["plans"]!.AsArray().Single(p => (int)p!["gathering"]! == 3)!;
        Assert.Equal("draft", (string?)period["state"]);
        var step = period["tasks"]!.AsArray().Single(t => (string?)t!["taskId"] == "kompetanseheving-mentorer")!["steps"]![0]!;
        Assert.Equal(("Avtal mentorkurs med UiT", "Mari Hansen", "2023-05-10"), ((string?)step["text"], (string?)step["owner"], (string?)step["dueDate"]));
    }
}
