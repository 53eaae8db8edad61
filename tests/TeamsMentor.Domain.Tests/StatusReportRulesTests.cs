using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Domain.Tests;

public sealed class StatusReportRulesTests
{
    private static readonly string[] Tasks = ["malinger", "rekrutter-mentorer"];

    private static StatusReport Complete() => new()
    {
        TeamId = "senja",
        Gathering = 3,
        SubGoals = "Mentor til alle nyansatte",
        Measures = "Mentorkurs",
        GoalAchievement = 4,
        Hours = 10,
        Figures = new MentorFigures(6, 4, 9, 1),
        Tasks = [new TaskResult("malinger", TaskOutcome.Done, null), new TaskResult("rekrutter-mentorer", TaskOutcome.NotYet, "Etter sommeren")],
    };

    private static string[] Issues(StatusReport report, bool submitting, int gathering = 3, IReadOnlyList<ReportItem>? items = null) =>
        [.. StatusReportRules.Validate(report, items ?? StatusReportRules.DefaultsAt(gathering), Tasks, submitting).Select(i => $"{i.Field}:{i.Code}")];

    [Fact]
    public void Validate_CompleteReport_NoIssues() => Assert.Empty(Issues(Complete(), submitting: true));

    [Fact]
    public void Validate_EmptyDraft_IsFine_ButSubmittingIt_NamesEveryMissingField()
    {
        var empty = new StatusReport { TeamId = "senja", Gathering = 3 };
        Assert.Empty(Issues(empty, submitting: false));
        Assert.Equal(
            ["subGoals:required", "measures:required", "goalAchievement:required", "hours:required", "mentors:required", "mentorsTrained:required",
             "newHiresWithMentor:required", "newHiresWithMentorQuit:required", "task.malinger:required", "task.rekrutter-mentorer:required"],
            Issues(empty, submitting: true));
    }

    [Fact]
    public void Validate_WrongValues_RefusedEvenInADraft()
    {
        var wrong = Complete() with
        {
            GoalAchievement = 6,
            Hours = -1,
            Figures = new MentorFigures(-2, 3, 4, 5),
            Tasks = [new TaskResult("malinger", TaskOutcome.Done, new string('x', 1001)), new TaskResult("from-another-network", TaskOutcome.Done, null)],
        };
        Assert.Equal(
            ["goalAchievement:outOfRange", "hours:negative", "mentors:negative", "newHiresWithMentorQuit:moreQuitsThanNewHires",
             "task.malinger.comment:tooLong", "task.from-another-network:unknownTask"],
            Issues(wrong, submitting: false));
        Assert.Contains("mentorsTrained:moreTrainedThanMentors", Issues(Complete() with { Figures = new MentorFigures(3, 4, 0, 0) }, false));
    }

    [Fact]
    public void Validate_FiguresFromTheThirdGathering_AndNotKnownYetInsteadOfNumbers()
    {
        var noFigures = Complete() with { Figures = null };
        Assert.Empty(Issues(noFigures with { Gathering = 2 }, submitting: true, gathering: 2)); // not asked before gathering 3
        Assert.Contains("mentors:required", Issues(noFigures, submitting: true));
        Assert.Empty(Issues(noFigures with { NotKnown = [.. ReportItems.Figures] }, submitting: true)); // "no figures yet"
    }

    [Fact]
    public void Validate_ThePlansOwnItems_ByKind_AndTaskLinksOnlyHttps()
    {
        ReportItem Own(string id, ReportItemKind kind, bool required = true) => new() { Id = id, Kind = kind, Section = ReportSection.Other, TextNb = id, Required = required };
        var items = StatusReportRules.DefaultsAt(3).Concat([Own("kurs", ReportItemKind.Count), Own("andel", ReportItemKind.Number), Own("trivsel", ReportItemKind.Likert, false)]).ToList();

        Assert.Equal(["kurs:required", "andel:required"], Issues(Complete(), true, items: items));
        Assert.Equal(["kurs:notAWholeNumber", "andel:notANumber", "trivsel:outOfRange"],
            Issues(Complete() with { Values = new Dictionary<string, string> { ["kurs"] = "2,5", ["andel"] = "mye", ["trivsel"] = "9" } }, false, items: items));
        Assert.Empty(Issues(Complete() with { Values = new Dictionary<string, string> { ["kurs"] = "2", ["andel"] = "0.75" } }, true, items: items));

        var linked = Complete() with
        {
            Tasks = [new TaskResult("malinger", TaskOutcome.Done, null) { Links = ["http://kommune.sharepoint.com/plan.docx"] },
                new TaskResult("rekrutter-mentorer", TaskOutcome.Done, null) { Links = ["https://kommune.sharepoint.com/sites/mentor/plan.docx"] }],
        };
        Assert.Equal(["task.malinger.link:notALink"], Issues(linked, false));
    }

    [Fact]
    public void IsOpen_UntilTheDeadline_OrWhenReopened()
    {
        var deadline = new DateTimeOffset(2023, 4, 19, 0, 0, 0, TimeSpan.FromHours(2));
        Assert.True(StatusReportRules.IsOpen(null, deadline, deadline.AddTicks(-1)));
        Assert.False(StatusReportRules.IsOpen(Complete(), deadline, deadline));
        Assert.True(StatusReportRules.IsOpen(Complete() with { Reopened = true }, deadline, deadline.AddDays(3)));
    }

    [Fact]
    public void Prefill_FromThePreviousReport_WithThisRoundsTasksNotYetAnswered()
    {
        var previous = Complete() with { Gathering = 2, FreeText = "Gammel tekst", State = StatusReportState.Submitted, SubmittedBy = "Hanne" };
        var tasks = new[] { new TaskItem { Id = "kompetanseheving-mentorer", Title = "Kompetanseheving", GivenAt = 3 } };

        var next = StatusReportRules.Prefill("senja", 4, previous, tasks);

        Assert.Equal((4, StatusReportState.NotStarted), (next.Gathering, next.State));
        Assert.Equal(previous.SubGoals, next.SubGoals);
        Assert.Equal(previous.Figures, next.Figures);
        Assert.Null(next.FreeText); // what was said last time is not this time's free text
        Assert.Null(next.Hours); // hours are per period
        Assert.Null(next.SubmittedBy);
        Assert.Equal([new TaskResult("kompetanseheving-mentorer", TaskOutcome.NotYet, null)], next.Tasks);
    }
}
