using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>The status-report card's form: report ↔ inputs, what cannot be read, and refused values marked where they were typed.</summary>
public sealed class StatusReportCardTests
{
    private static readonly NetworkPlan Plan = NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"))).Plan!;
    private static readonly CardText T = new(new BotText(), BotLocale.Norwegian);
    private static readonly string[] TaskIds = [.. StatusReportRules.TasksToAnswer(Plan, 3).Select(t => t.Id)];

    private static StatusReport Report() => new()
    {
        TeamId = "senja", Gathering = 3, SubGoals = "Mentor til alle", Measures = "Kurs", GoalAchievement = 4, GoalAchievementText = "Godt",
        Hours = 12.5m, Figures = new MentorFigures(6, 4, 9, 1), FreeText = "Fritt",
        Tasks = [new TaskResult("malinger", TaskOutcome.Partly, "HR teller"), new TaskResult("rekrutter-mentorer", TaskOutcome.Done, null)],
    };

    [Fact]
    public void Form_FromReportAndBack_SameContent()
    {
        var (back, issues) = ReportForm.From(Report()).ToReport("senja", 3, StatusReportRules.Asked(Plan, 3), TaskIds, DocumentHosts.Defaults);
        Assert.Empty(issues);
        Assert.Equal(Report(), back);
    }

    [Fact]
    public void Form_WhatCannotBeRead_NamedNotDropped_TasksOfOtherGatheringsIgnored()
    {
        var form = new ReportForm(new Dictionary<string, string?>
        {
            ["hours"] = "tolv", ["mentors"] = "6", ["mentorsTrained"] = "fire", ["goalAchievement"] = "3",
            ["task.malinger"] = "done", ["task.sluttrapport"] = "done", ["task.rekrutter-mentorer"] = "maybe",
        });
        var (report, issues) = form.ToReport("senja", 3, StatusReportRules.Asked(Plan, 3), TaskIds, DocumentHosts.Defaults);

        Assert.Equal(["hours:notANumber", "mentorsTrained:notAWholeNumber", "newHiresWithMentor:required", "newHiresWithMentorQuit:required",
            "task.rekrutter-mentorer:unknownChoice"], issues.Select(i => $"{i.Field}:{i.Code}")); // an outcome the app does not know is refused (issue 18)
        Assert.Null(report.Figures);
        Assert.Equal([new TaskResult("malinger", TaskOutcome.Done, null)], report.Tasks);
        Assert.Equal(3, report.GoalAchievement);
    }

    [Fact]
    public void Form_NoFiguresYet_TheirLinksAndThePlansOwnItems_ReadAndBack()
    {
        var plan = Plan with
        {
            ReportItems = [.. Plan.ReportItems, new ReportItem { Id = "kurs", Kind = ReportItemKind.Count, Section = ReportSection.Other, TextNb = "Kurs holdt" }],
        };
        var form = new ReportForm(new Dictionary<string, string?>
        {
            [ReportForm.FiguresNotKnown] = "true", ["mentors"] = "3", ["kurs"] = "2",
            ["task.malinger"] = "done", ["task.malinger.link"] = "https://nord.sharepoint.com/sites/mentor/Plan.docx",
            ["task.rekrutter-mentorer"] = "partly", ["task.rekrutter-mentorer.link"] = "https://example.org/plan.docx",
        });

        var (report, issues) = form.ToReport("senja", 3, StatusReportRules.Asked(plan, 3), TaskIds, DocumentHosts.Defaults);

        Assert.Equal(["task.rekrutter-mentorer.link:notAllowedHost"], issues.Select(i => $"{i.Field}:{i.Code}"));
        Assert.Null(report.Figures); // "no figures yet" wins over a number typed before ticking it
        Assert.Equal(ReportItems.Figures, report.NotKnown);
        Assert.Equal("2", report.Values["kurs"]);
        Assert.Equal(["https://nord.sharepoint.com/sites/mentor/Plan.docx"], report.Tasks[0].Links);
        var back = ReportForm.From(report);
        Assert.Equal(("true", "2", "https://nord.sharepoint.com/sites/mentor/Plan.docx"), (back["figures.notKnown"], back["kurs"], back["task.malinger.link"]));
    }

    [Fact]
    public void Editable_FiguresOnlyFromTheThirdGathering_EachWithItsDefinition_HoursAsTheTeamsTotal()
    {
        string Texts(Gathering g) => CardNodes.Text(StatusReportCard.Editable(T, Plan, Plan.Teams[0], g, ReportForm.From(Report()), "v1", null, []));

        Assert.DoesNotContain("Mentorer med kompetanse (fullført mentorkurs)", Texts(Plan.Gatherings[1]), StringComparison.Ordinal);
        var third = Texts(Plan.Gatherings[2]);
        Assert.Contains("Mentorer med kompetanse (fullført mentorkurs)", third, StringComparison.Ordinal);
        Assert.Contains("Av mentorene: de som har formell mentor- eller veilederutdanning.", third, StringComparison.Ordinal);
        Assert.Contains("Vi har ingen tall ennå", third, StringComparison.Ordinal);
        Assert.Contains("Timer teamet har brukt til sammen siden forrige samling", third, StringComparison.Ordinal);
        Assert.Contains("Lenke til dokumentet", third, StringComparison.Ordinal);
    }

    [Fact]
    public void Editable_RefusedValues_MarkedRightAfterTheirInput_EverythingTypedKept()
    {
        var typed = new ReportForm(new Dictionary<string, string?>(ReportForm.From(Report()).Values) { ["mentors"] = "-2" });
        var card = StatusReportCard.Editable(T, Plan, Plan.Teams[0], Plan.Gatherings[2], typed, "v1", null,
            [new ReportIssue("mentors", ReportIssue.Negative)], T["Report_Invalid"], noticeIsError: true);

        var body = card["body"]!.AsArray();
        var index = body.Select((e, i) => (e, i)).Single(x => (string?)x.e!["id"] == "mentors").i;
        Assert.Equal(-2, (double)body[index]!["value"]!);
        Assert.Equal("Kan ikke være negativt.", (string?)body[index + 1]!["text"]);
        Assert.Equal("Attention", (string?)body[index + 1]!["color"]);
        Assert.Equal("HR teller", (string?)body.Single(e => (string?)e!["id"] == "task.malinger.comment")!["value"]);
        Assert.Equal("partly", (string?)body.Single(e => (string?)e!["id"] == "task.malinger")!["value"]);
        var actions = card["actions"]!.AsArray().Select(a => ((string?)a!["verb"], (string?)a["data"]!["version"], (int)a["data"]!["gathering"]!)).ToList();
        Assert.Equal([(ReportVerbs.Save, "v1", 3), (ReportVerbs.Submit, "v1", 3)], actions);
    }

    [Fact]
    public void Shared_SubmittedReport_SaysByWhomAndWhen_AndRefreshesToEachViewersOwnForm()
    {
        var at = new DateTimeOffset(2023, 4, 14, 10, 5, 0, TimeSpan.FromHours(2));
        var card = StatusReportCard.Shared(T, Plan, Plan.Teams[0], Plan.Gatherings[2], Report() with
        {
            State = StatusReportState.Submitted, SubmittedBy = "Hanne Solbakken", SubmittedAt = at,
        });

        var texts = card["body"]!.AsArray().Select(e => (string?)e!["text"]).ToList();
        Assert.Contains(texts, x => x!.StartsWith("Sendt inn av Hanne Solbakken", StringComparison.Ordinal) && x.Contains("10:05", StringComparison.Ordinal));
        Assert.Equal(ReportVerbs.Open, (string?)card["refresh"]!["action"]!["verb"]);
        Assert.Null(card["refresh"]!["userIds"]); // every viewer (channels up to 60 people) gets their own view
    }

    [Fact]
    public void Shared_MentionsTheContactPerson_WhenTeamsKnowsThem_ElseNamesThem()
    {
        var team = Plan.Teams[0];
        var contact = Plan.ContactOf(team)!;
        var known = Plan with { Members = [.. Plan.Members.Select(m => m.Id == contact.Id ? m with { AadObjectId = "0b6f1c5e-aaaa-4bbb-8ccc-123456789abc" } : m)] };

        var card = StatusReportCard.Shared(T, known, team, Plan.Gatherings[2], null);
        var mention = card["msteams"]!["entities"]!.AsArray().Single()!;
        Assert.Equal("mention", (string?)mention["type"]);
        Assert.Equal("0b6f1c5e-aaaa-4bbb-8ccc-123456789abc", (string?)mention["mentioned"]!["id"]);
        Assert.Equal(contact.Name, (string?)mention["mentioned"]!["name"]);
        var texts = card["body"]!.AsArray().Select(e => (string?)e!["text"]).ToList();
        Assert.Contains($"Kontaktperson: <at>{contact.Name}</at>.", texts); // the entity's text appears exactly, or Teams drops it

        var unknown = Plan with { Members = [.. Plan.Members.Select(m => m.Id == contact.Id ? m with { AadObjectId = null } : m)] };
        var named = StatusReportCard.Shared(T, unknown, team, Plan.Gatherings[2], null);
        Assert.Null(named["msteams"]);
        Assert.Contains($"Kontaktperson: {contact.Name}.", named["body"]!.AsArray().Select(e => (string?)e!["text"]));
    }
}
