using System.Net;
using System.Text.Json.Nodes;

namespace TeamsMentor.EndToEnd.Tests;

/// <summary>The whole stack with the demo clock an hour after gathering 3 ended (27 April 2023 14:00): its evaluation is open.</summary>
public sealed class EvaluationPlaygroundSession : PlaygroundSession
{
    protected override string DemoNow => "2023-04-27T14:00:00+02:00";
}

/// <summary>
/// An evaluation through the real Agents Playground with the Nord demo (which has invented answers for the earlier
/// gatherings, and for about half of this one): the organizer links the channel, the scheduler posts the evaluation
/// card as a new thread, a member opens her own form, answers, sees the network's result, and changes her answer; the
/// organizers' results count her once.
/// </summary>
public sealed class EvaluationFlowTests(EvaluationPlaygroundSession session) : IClassFixture<EvaluationPlaygroundSession>
{
    private const string Channel = "channel-teamwork-id";
    private const string Member = "user-id-1"; // Mari Hansen, on the team through the channel roster

    [Fact]
    public async Task CardInTheChannel_MemberAnswersAndChangesHerAnswer_CountedOnce()
    {
        var before = await RespondentsAsync();
        var mark = await session.LinkChannelAsync(Channel, "mentorprogram-nord/tromso-sone-1");

        // The evaluation arrives as a new thread in the channel, in the network's language.
        var posted = await session.WaitForBotMessageAsync(mark, (c, m) => c.StartsWith(Channel, StringComparison.Ordinal)
            && PlaygroundSession.CardText(m).Contains("Evaluering av samling 3", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var shared = posted["attachments"]![0]!["content"]!;
        Assert.Contains("Svarene er anonyme", PlaygroundSession.BodyText(shared), StringComparison.Ordinal);
        Assert.Equal("evaluation.open", (string?)shared["refresh"]!["action"]!["verb"]);

        // Her own form (what the refresh gives each viewer), in her language; she answers.
        var thread = $"{Channel};messageid={posted["messageId"]}";
        var form = (await session.ExecuteAsync(thread, posted, new JsonObject(), Member))!["value"]!.AsObject();
        Assert.StartsWith("Et mentorprogram vil styrke", (string?)form["body"]!.AsArray().Single(e => (string?)e!["id"] == "eval.motivasjon")!["label"], StringComparison.Ordinal);
        var submit = form["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "evaluation.submit")!.AsObject();
        var thanks = await session.ExecuteAsync(thread, (string?)posted["messageId"], submit,
            new JsonObject { ["eval.motivasjon"] = "4", ["eval.innhold"] = "5", ["eval.tidsbruk"] = "6", ["eval.mest-nyttig"] = "Erfaringsutvekslingen" }, Member);
        var text = PlaygroundSession.BodyText(thanks!["value"]);
        Assert.Contains("Takk! Svaret ditt er lagret.", text, StringComparison.Ordinal);
        Assert.Matches(@"Et mentorprogram vil styrke .+\nSnitt for hele nettverket: \d,\d av 5 \(\d+ svar\)\.", text);
        Assert.Contains("Tidligere samlinger: samling 1: ", text, StringComparison.Ordinal);
        Assert.Equal(before + 1, await RespondentsAsync());

        // She changes her mind: the form comes back with her answer, and the change replaces it.
        var change = thanks["value"]!["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "evaluation.open")!.AsObject();
        var again = (await session.ExecuteAsync(thread, (string?)posted["messageId"], change, new JsonObject(), Member))!["value"]!.AsObject();
        Assert.Equal("4", (string?)again["body"]!.AsArray().Single(e => (string?)e!["id"] == "eval.motivasjon")!["value"]);
        var save = again["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "evaluation.submit")!.AsObject();
        var changed = await session.ExecuteAsync(thread, (string?)posted["messageId"], save, new JsonObject { ["eval.motivasjon"] = "2" }, Member);
        Assert.Contains("Takk! Svaret ditt er lagret.", PlaygroundSession.BodyText(changed!["value"]), StringComparison.Ordinal);
        Assert.Equal(before + 1, await RespondentsAsync()); // still one answer from her
    }

    /// <summary>Gathering 3's respondents in the organizers' results (the tab's API, as the demo organizer).</summary>
    private async Task<int> RespondentsAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(session.BotUri, "api/tab/admin/networks/mentorprogram-nord/evaluations"));
        request.Headers.Add("X-TeamsMentor-Dev-User", PlaygroundSession.CurrentUserAadObjectId);
        using var response = await session.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return (int)JsonNode.Parse(body)!["gatherings"]!.AsArray().Single(g => (int)g!["number"]! == 3)!["respondents"]!;
    }
}
