using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Domain.Tests;

/// <summary>The report in sections: which are asked, which are done and what is missing, and one section saved over the others.</summary>
public sealed class ReportSectionsTests
{
    private static readonly NetworkPlan Plan = NetworkPlanDocument.Read(PlanFiles.Read("mentorprogram-nord.json")).Plan!;
    private static readonly string[] Tasks = [.. StatusReportRules.TasksToAnswer(Plan, 3).Select(t => t.Id)];

    [Fact]
    public void States_EmptyReport_EverySectionMissingItsRequiredAnswers_FiguresOnlyFromTheThirdGathering()
    {
        var empty = new StatusReport { TeamId = "senja", Gathering = 3 };

        var third = ReportSections.States(StatusReportRules.Asked(Plan, 3), Tasks, empty);

        Assert.Equal([ReportSection.Tasks, ReportSection.Goals, ReportSection.Hours, ReportSection.Figures, ReportSection.Other], third.Select(s => s.Section));
        Assert.Equal([false, false, false, false, true], third.Select(s => s.Done)); // "other" asks nothing required
        Assert.Equal(["subGoals", "measures", "goalAchievement"], third.Single(s => s.Section == ReportSection.Goals).Missing);
        Assert.DoesNotContain(ReportSection.Figures, ReportSections.States(StatusReportRules.Asked(Plan, 2), [], empty with { Gathering = 2 }).Select(s => s.Section));
        Assert.DoesNotContain(ReportSection.Tasks, ReportSections.States(StatusReportRules.Asked(Plan, 2), [], empty with { Gathering = 2 }).Select(s => s.Section)); // no tasks to answer
    }

    [Fact]
    public void States_FiguresNotKnownYet_CountsAsDone()
    {
        var report = new StatusReport { TeamId = "senja", Gathering = 3, NotKnown = [.. ReportItems.Figures] };
        Assert.True(ReportSections.States(StatusReportRules.Asked(Plan, 3), Tasks, report).Single(s => s.Section == ReportSection.Figures).Done);
    }

    [Fact]
    public void WithSection_TakesOnlyThatSection_KeepsWhatOthersSaved()
    {
        var asked = StatusReportRules.Asked(Plan, 3);
        var stored = new StatusReport
        {
            TeamId = "senja", Gathering = 3, SubGoals = "Hannes delmål", Hours = 12, Figures = new MentorFigures(1, 1, 1, 0),
            Tasks = [new TaskResult("malinger", TaskOutcome.Done, null)],
        };
        var typed = new StatusReport { TeamId = "senja", Gathering = 3, Hours = 20, SubGoals = "Siljes forsøk på å skrive over", NotKnown = [.. ReportItems.Figures] };

        var hours = ReportSections.WithSection(stored, typed, ReportSection.Hours, asked);

        Assert.Equal((20m, "Hannes delmål"), (hours.Hours, hours.SubGoals));
        Assert.Equal(stored.Figures, hours.Figures);
        Assert.Equal(stored.Tasks, hours.Tasks);
        var figures = ReportSections.WithSection(stored, typed, ReportSection.Figures, asked);
        Assert.Null(figures.Figures); // the section as typed: "no figures yet"
        Assert.Equal(ReportItems.Figures, figures.NotKnown);
        Assert.Equal(12m, figures.Hours);
    }
}
