using System.Net;
using System.Text.Json.Nodes;

namespace TeamsMentor.EndToEnd.Tests;

/// <summary>
/// A status report's whole cycle through the real Agents Playground, with the Nord demo at 12 April 2023 09:00 (the
/// prompt day for gathering 3): the organizer links the channel, the scheduler posts the report card as a new thread
/// and in each member's own chat,
/// a member opens her own form, fills it in and submits it, the channel card updates for everyone, and the organizers'
/// view in the tab's API shows the report in the matrix and its figures in the table.
/// </summary>
public sealed class StatusReportFlowTests(PlaygroundSession session) : IClassFixture<PlaygroundSession>
{
    private const string Channel = "channel-teamwork-id";
    private const string Member = "user-id-1"; // Mari Hansen, on the team through the channel roster

    [Fact]
    public async Task PromptInTheChannel_MemberSubmits_ChannelCardUpdates_OrganizerSeesReportAndFigures()
    {
        var mark = await session.LinkChannelAsync(Channel, "mentorprogram-nord/tromso-sone-1");

        // The prompt: the report card as a new thread in the channel, in the network's language.
        var prompt = await session.WaitForBotMessageAsync(mark, (c, m) => c.StartsWith(Channel, StringComparison.Ordinal)
            && PlaygroundSession.CardText(m).Contains("Statusrapport før samling 3", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var shared = prompt["attachments"]![0]!["content"]!;

        // And in each member's own chat (the plan's default statusPromptTo: both): the roster gave the app their Teams
        // user ids, and it opened the chats through the Playground.
        var personal = await session.WaitForBotMessageAsync(mark, (c, m) => !c.StartsWith(Channel, StringComparison.Ordinal)
            && PlaygroundSession.CardText(m).Contains("Statusrapport før samling 3", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal("report.open", (string?)personal["attachments"]![0]!["content"]!["actions"]![0]!["verb"]);
        Assert.Contains("Ikke påbegynt", PlaygroundSession.BodyText(shared), StringComparison.Ordinal);
        Assert.Equal("report.open", (string?)shared["refresh"]!["action"]!["verb"]);

        // Her own form (what the card's refresh gives each viewer), filled in and submitted.
        var thread = $"{Channel};messageid={prompt["messageId"]}"; // a new thread: its root message starts the thread's conversation
        var form = await session.ExecuteAsync(thread, prompt, new JsonObject(), Member);
        var card = form!["value"]!.AsObject();
        var submit = card["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "report.submit")!.AsObject();
        var before = session.Mark();
        var submitted = await session.ExecuteAsync(thread, (string?)prompt["messageId"], submit, Fill(card), Member);
        var result = PlaygroundSession.BodyText(submitted!["value"]);
        Assert.Contains("Submitted by Mari Hansen", result, StringComparison.Ordinal);

        // Everyone's channel card says so (the delivery engine's message update).
        var update = await session.WaitForFrameAsync(before, f => f.ToJsonString().Contains("Sendt inn av Mari Hansen", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains((string?)prompt["messageId"] ?? "?", update.ToJsonString(), StringComparison.Ordinal);

        // The organizers' view in the tab: the matrix and the figures table.
        var matrix = await OrganizerGetAsync("api/tab/admin/networks/mentorprogram-nord/reports");
        var cell = matrix["teams"]!.AsArray().Single(t => (string?)t!["id"] == "tromso-sone-1")!["cells"]!.AsArray().Single(c => (int)c!["gathering"]! == 3)!;
        Assert.Equal(("submitted", "Mari Hansen"), ((string?)cell["state"], (string?)cell["submittedBy"]));
        var tromso = matrix["figures"]!["municipalities"]!.AsArray().Single(m => (string?)m!["municipalityId"] == "tromso")!;
        Assert.Equal((6, 4, 10, 2), ((int)tromso["mentors"]!, (int)tromso["mentorsTrained"]!, (int)tromso["newHiresWithMentor"]!, (int)tromso["newHiresWithMentorQuit"]!));
        Assert.Equal(0.2m, (decimal)tromso["turnover"]!);
        var detail = await OrganizerGetAsync("api/tab/admin/networks/mentorprogram-nord/reports/tromso-sone-1/3");
        Assert.Equal("Mentor til alle nyansatte", (string?)detail["report"]!["subGoals"]);
        Assert.Equal("https://nord.sharepoint.com/sites/mentor/Delte%20dokumenter/plan.docx", (string?)detail["report"]!["tasks"]![0]!["links"]![0]); // the document link she gave
    }

    /// <summary>Every input of the form as a member would fill it: the figures below, every task done, texts written, a choice made.</summary>
    private static JsonObject Fill(JsonObject form)
    {
        var numbers = new Dictionary<string, int> { ["mentors"] = 6, ["mentorsTrained"] = 4, ["newHiresWithMentor"] = 10, ["newHiresWithMentorQuit"] = 2, ["hours"] = 12 };
        var data = new JsonObject();
        foreach (var input in form["body"]!.AsArray().OfType<JsonObject>().Where(e => ((string?)e["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true))
        {
            var id = (string)input["id"]!;
            data[id] = (string?)input["type"] switch
            {
                "Input.Number" => numbers.TryGetValue(id, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "1",
                "Input.ChoiceSet" => id.StartsWith("task.", StringComparison.Ordinal) ? "done" : (string?)input["choices"]!.AsArray().Last()!["value"],
                "Input.Toggle" => (string?)input["valueOff"] ?? "false", // "no figures yet": she has them
                _ when id.EndsWith(".link", StringComparison.Ordinal) => "https://nord.sharepoint.com/sites/mentor/Delte%20dokumenter/plan.docx",
                _ => id == "subGoals" ? "Mentor til alle nyansatte" : "Skrevet i Playground",
            };
        }

        return data;
    }

    private async Task<JsonNode> OrganizerGetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(session.BotUri, path));
        request.Headers.Add("X-TeamsMentor-Dev-User", PlaygroundSession.CurrentUserAadObjectId);
        using var response = await session.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }
}
