using System.Net;
using System.Text.Json.Nodes;
using TeamsMentor.Testing;

namespace TeamsMentor.EndToEnd.Tests;

/// <summary>The whole stack with the Playground started as Mari Hansen, a team member (<c>./run.sh --as "Mari Hansen"</c>): the personal chat is hers.</summary>
public sealed class MemberPlaygroundSession : PlaygroundSession
{
    protected override string? AsPerson => "Mari Hansen";
}

/// <summary>
/// A status report's whole cycle through the real Agents Playground, with the Nord demo at 12 April 2023 09:00 (the
/// prompt day for gathering 3): the organizer links the channel, the scheduler posts the report card as a new thread
/// and in each member's own chat; a week later (the demo clock moved on) the reminder comes to her chat, she opens her
/// report from its button and saves one section, the next day another, and a colleague does the rest from the
/// channel card and submits it; the channel card updates for everyone, and the organizers' view in the tab's API shows
/// the report in the matrix and its figures in the table.
/// </summary>
public sealed class StatusReportFlowTests(MemberPlaygroundSession session) : IClassFixture<MemberPlaygroundSession>
{
    private const string Channel = "channel-teamwork-id";
    private const string Mari = "user-id-1"; // Mari Hansen, on the team through the channel roster
    private const string Ole = "user-id-2"; // Ole Berg, likewise

    [Fact]
    public async Task Prompt1to1_ReminderOpensHerReport_TwoSectionsOnTwoDays_AColleagueSubmits_OrganizerSeesItSubmitted()
    {
        var mark = await session.LinkChannelAsync(Channel, "mentorprogram-nord/tromso-sone-1");

        // The prompt: the report card as a new thread in the channel, in the network's language.
        var prompt = await session.WaitForBotMessageAsync(mark, (c, m) => c.StartsWith(Channel, StringComparison.Ordinal)
            && PlaygroundSession.CardText(m).Contains("Statusrapport før samling 3", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var shared = prompt["attachments"]![0]!["content"]!;
        Assert.Contains("Ikke påbegynt", PlaygroundSession.BodyText(shared), StringComparison.Ordinal);
        Assert.Equal("report.open", (string?)shared["refresh"]!["action"]!["verb"]);

        // And in each member's own chat (the plan's default statusPromptTo: both): the roster gave the app their Teams
        // user ids, and it opened the chats through the Playground.
        var personal = await session.WaitForBotMessageAsync(mark, (c, m) => !c.StartsWith(Channel, StringComparison.Ordinal)
            && PlaygroundSession.CardText(m).Contains("Statusrapport før samling 3", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal("report.open", (string?)personal["attachments"]![0]!["content"]!["actions"]![0]!["verb"]);

        // A week later nothing is in: the reminder comes to her chat, with the button to her report.
        var week = session.Mark();
        await AdvanceClockAsync(hours: 7 * 24);
        var chat = "";
        var reminder = await session.WaitForBotMessageAsync(week, (c, m) => !(chat = c).StartsWith(Channel, StringComparison.Ordinal)
            && PlaygroundSession.CardText(m).Contains("Påminnelse: statusrapport før samling 3", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var overview = Card(await session.ExecuteAsync(chat, reminder, new JsonObject(), Mari));
        Assert.Equal(["Tasks", "Goals", "Hours", "Figures", "Other"], CardNodes.Buttons(overview, "report.section").Select(b => (string?)b["data"]!["section"]));

        // She does the tasks that day and the goals the next, each section on its own.
        overview = await SaveSectionAsync(chat, (string?)reminder["messageId"], overview, "Tasks", Mari);
        Assert.Contains("Lagret: Oppgavene fra samling 2.", PlaygroundSession.BodyText(overview), StringComparison.Ordinal);
        await AdvanceClockAsync(hours: 24);
        overview = await SaveSectionAsync(chat, (string?)reminder["messageId"], overview, "Goals", Mari);
        Assert.Contains("Lagret: Mål og tiltak.", PlaygroundSession.BodyText(overview), StringComparison.Ordinal);

        // Ole takes it from there in the channel: the card's refresh gives him the report where she left it.
        var thread = $"{Channel};messageid={prompt["messageId"]}"; // a new thread: its root message starts the thread's conversation
        var his = Card(await session.ExecuteAsync(thread, prompt, new JsonObject(), Ole));
        Assert.Equal(2, CardNodes.Objects(his).Count(o => (string?)o["text"] == "✓ Ferdig")); // her two sections
        foreach (var section in new[] { "Hours", "Figures" })
        {
            his = await SaveSectionAsync(thread, (string?)prompt["messageId"], his, section, Ole);
        }

        Assert.Contains("Alle delene er fylt ut. Rapporten kan sendes inn.", PlaygroundSession.BodyText(his), StringComparison.Ordinal);
        var before = session.Mark();
        var submit = his["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "report.submit")!.AsObject();
        var submitted = Card(await session.ExecuteAsync(thread, (string?)prompt["messageId"], submit, new JsonObject(), Ole));
        Assert.Contains("Sendt inn av Ole Berg", PlaygroundSession.BodyText(submitted), StringComparison.Ordinal);

        // Everyone's channel card says so (the delivery engine's message update).
        var update = await session.WaitForFrameAsync(before, f => f.ToJsonString().Contains("Sendt inn av Ole Berg", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains((string?)prompt["messageId"] ?? "?", update.ToJsonString(), StringComparison.Ordinal);

        // The organizers' view in the tab: the matrix and the figures table, and the report with what each of them wrote.
        var matrix = await OrganizerGetAsync("api/tab/admin/networks/mentorprogram-nord/reports");
        var cell = matrix["teams"]!.AsArray().Single(t => (string?)t!["id"] == "tromso-sone-1")!["cells"]!.AsArray().Single(c => (int)c!["gathering"]! == 3)!;
        Assert.Equal(("submitted", "Ole Berg"), ((string?)cell["state"], (string?)cell["submittedBy"]));
        var tromso = matrix["figures"]!["municipalities"]!.AsArray().Single(m => (string?)m!["municipalityId"] == "tromso")!;
        Assert.Equal((6, 4, 10, 2), ((int)tromso["mentors"]!, (int)tromso["mentorsTrained"]!, (int)tromso["newHiresWithMentor"]!, (int)tromso["newHiresWithMentorQuit"]!));
        Assert.Equal(0.2m, (decimal)tromso["turnover"]!);
        var detail = await OrganizerGetAsync("api/tab/admin/networks/mentorprogram-nord/reports/tromso-sone-1/3");
        Assert.Equal("Mentor til alle nyansatte", (string?)detail["report"]!["subGoals"]); // Mari's, kept under Ole's sections
        Assert.Equal(12m, (decimal)detail["report"]!["hours"]!);
        Assert.Equal("https://nord.sharepoint.com/sites/mentor/Delte%20dokumenter/plan.docx", (string?)detail["report"]!["tasks"]![0]!["links"]![0]); // the document link she gave
    }

    private static JsonObject Card(JsonNode? invokeResponse) => invokeResponse!["value"]!.AsObject();

    /// <summary>From the overview: the section's button, its form filled in as a member would, and "Save"; returns the overview it answers with.</summary>
    private async Task<JsonObject> SaveSectionAsync(string conversation, string? message, JsonObject overview, string section, string from)
    {
        var button = CardNodes.Buttons(overview, "report.section").Single(b => (string?)b["data"]!["section"] == section);
        var form = Card(await session.ExecuteAsync(conversation, message, button, new JsonObject(), from));
        var save = form["actions"]!.AsArray().Single(a => (string?)a!["verb"] == "report.saveSection")!.AsObject();
        return Card(await session.ExecuteAsync(conversation, message, save, Fill(form), from));
    }

    private async Task AdvanceClockAsync(int hours)
    {
        using var response = await session.Http.PostAsync(new Uri(session.BotUri, $"api/dev/clock/advance?hours={hours}"), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
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
