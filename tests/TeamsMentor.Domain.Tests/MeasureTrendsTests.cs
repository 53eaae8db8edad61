using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using static TeamsMentor.Domain.Tests.SamplePlan;

namespace TeamsMentor.Domain.Tests;

/// <summary>
/// Measures over the gatherings: ratio values, how teams add up (counts carried forward, ratios as sums over sums,
/// hours per period, likert means), and the flags where a series moves against its good direction two periods in a row.
/// The sample plan has no reportItems, so it gets the defaults (with turnover = quit / new hires with a mentor).
/// </summary>
public sealed class MeasureTrendsTests
{
    private static readonly NetworkPlan Plan = Create(
        Gathering(1, Local(2022, 9, 1, 11), Local(2022, 9, 2, 13)),
        Gathering(2, Local(2022, 11, 25, 9), Local(2022, 11, 25, 15)),
        Gathering(3, Local(2023, 4, 26, 11), Local(2023, 4, 27, 13)),
        Gathering(4, Local(2023, 9, 1, 9), Local(2023, 9, 1, 15)),
        Gathering(5, Local(2023, 11, 14, 11), Local(2023, 11, 15, 13)));

    private static ReportItem Item(string id) => Plan.ReportItems.Single(i => i.Id == id);

    private static StatusReport Report(string team, int gathering, MentorFigures? figures = null, decimal? hours = null, int? goal = null,
        StatusReportState state = StatusReportState.Submitted) =>
        new() { TeamId = team, Gathering = gathering, State = state, Figures = figures, Hours = hours, GoalAchievement = goal };

    private static decimal?[] Values(IReadOnlyList<MeasurePoint> series) => [.. series.Select(p => (decimal?)p.Value)];

    [Fact]
    public void TheDefaults_CarryTurnoverAsARatio_WithItsDirectionAndTheNationalReference_NeverAsked()
    {
        var turnover = Item(ReportItems.Turnover);
        Assert.Equal((ReportItemKind.Ratio, "newHiresWithMentorQuit", "newHiresWithMentor", MeasureDirection.Down, 0.30m),
            (turnover.Kind, turnover.Numerator, turnover.Denominator, turnover.Direction, turnover.Target));
        Assert.DoesNotContain(StatusReportRules.Asked(Plan, 3), i => i.Id == ReportItems.Turnover);
        Assert.Equal(["goalAchievement", "hours", "mentors", "mentorsTrained", "newHiresWithMentor", "newHiresWithMentorQuit", "turnover"],
            MeasureTrends.Measures(Plan).Select(m => m.Id));
    }

    [Fact]
    public void ARatio_IsNumeratorOverDenominator_NullWithoutADenominator()
    {
        var turnover = Item(ReportItems.Turnover);
        Assert.Equal(0.2m, MeasureTrends.Value(turnover, Report(Sone, 3, new MentorFigures(6, 4, 10, 2))));
        Assert.Null(MeasureTrends.Value(turnover, Report(Sone, 3, new MentorFigures(6, 4, 0, 0))));
        Assert.Null(MeasureTrends.Value(turnover, Report(Sone, 3))); // a report saved before figures were asked
        Assert.Equal(10m, MeasureTrends.Value(Item(ReportItems.NewHiresWithMentor), Report(Sone, 3, new MentorFigures(6, 4, 10, 2))));
    }

    private const string Sone = "tromso-sone-1";
    private const string Dyroy = "dyroy";

    [Fact]
    public void AcrossTeams_ARatioIsTheSumOverTheSum_CountsStandUntilReportedAnew()
    {
        var reports = new[]
        {
            Report(Sone, 3, new MentorFigures(5, 3, 2, 1)),  // 1 of 2 quit
            Report(Dyroy, 3, new MentorFigures(3, 1, 8, 1)), // 1 of 8 quit
            Report(Sone, 4, new MentorFigures(6, 4, 4, 1)),  // Dyrøy does not report at 4: its figures stand
        };
        var trends = MeasureTrends.Build(Plan, reports);
        var turnover = trends.Single(t => t.Measure.Id == ReportItems.Turnover);
        Assert.Equal([0.2m, 2m / 12m], Values(turnover.Network)); // (1 + 1) / (2 + 8), not the mean of 0.5 and 0.125; then (1 + 1) / (4 + 8)
        Assert.Equal([3, 4], turnover.Network.Select(p => p.Gathering));
        var mentors = trends.Single(t => t.Measure.Id == ReportItems.Mentors);
        Assert.Equal([8m, 9m], Values(mentors.Network));
        Assert.Equal([5m, 6m], Values(mentors.Teams[Sone]));
        Assert.Equal([3m], Values(mentors.Municipalities["dyroy"]));
    }

    [Fact]
    public void HoursAreSummedPerPeriod_LikertIsAveraged_AGatheringWithoutAnyValueHasNoPoint()
    {
        var reports = new[] { Report(Sone, 2, hours: 12.5m, goal: 4), Report(Dyroy, 2, hours: 3, goal: 3), Report(Sone, 3, hours: 5, goal: 5) };
        var trends = MeasureTrends.Build(Plan, reports);
        Assert.Equal([15.5m, 5m], Values(trends.Single(t => t.Measure.Id == ReportItems.Hours).Network));
        Assert.Equal([3.5m, 5m], Values(trends.Single(t => t.Measure.Id == ReportItems.GoalAchievement).Network));
        Assert.Empty(trends.Single(t => t.Measure.Id == ReportItems.Mentors).Network);
    }

    [Fact]
    public void Flags_TwoStepsInARowAgainstTheGoodDirection()
    {
        Assert.True(MeasureTrends.Against(MeasureDirection.Up, 5, 4, 3));
        Assert.False(MeasureTrends.Against(MeasureDirection.Up, 5, 4, 4)); // standing still is not moving against
        Assert.False(MeasureTrends.Against(MeasureDirection.Up, 5, 4, 6));
        Assert.True(MeasureTrends.Against(MeasureDirection.Down, 0.1m, 0.2m, 0.3m));
        Assert.False(MeasureTrends.Against(MeasureDirection.None, 1, 2, 3));

        // Sone 1's mentors: 6, 5, 4 (flagged at 5), then 7; turnover 0.1, 0.2, 0.25 (flagged at 5: down is good).
        var reports = new[]
        {
            Report(Sone, 3, new MentorFigures(6, 4, 10, 1)), Report(Sone, 4, new MentorFigures(5, 4, 10, 2)),
            Report(Sone, 5, new MentorFigures(4, 4, 12, 3)),
        };
        var trends = MeasureTrends.Build(Plan, reports);
        var mentors = trends.Single(t => t.Measure.Id == ReportItems.Mentors).Teams[Sone];
        Assert.Equal([false, false, true], mentors.Select(p => p.Flagged));
        var turnover = trends.Single(t => t.Measure.Id == ReportItems.Turnover).Teams[Sone];
        Assert.Equal([0.1m, 0.2m, 0.25m], Values(turnover));
        Assert.Equal([false, false, true], turnover.Select(p => p.Flagged));
    }

    [Fact]
    public void ReportsInTodaysFormat_ADraftCountsAsTheFiguresTableDoes_AndAPlanWithoutDirectionsReadsAsNone()
    {
        // A report saved before measures existed: figures in their columns, hours, no values for the plan's own items.
        var draft = Report(Sone, 3, new MentorFigures(6, 4, 9, 1), hours: 7.5m, state: StatusReportState.Draft);
        var trends = MeasureTrends.Build(Plan, [draft]);
        Assert.Equal([6m], Values(trends.Single(t => t.Measure.Id == ReportItems.Mentors).Teams[Sone]));
        Assert.Equal(FiguresTable.Build(Plan, [draft]).Network.Turnover, trends.Single(t => t.Measure.Id == ReportItems.Turnover).Network.Single().Value);

        var old = Plans.NetworkPlanDocument.Read("""
            { "id": "x", "name": "X", "period": { "start": "2022-09-01", "end": "2024-11-30" }, "organizers": [ { "id": "o", "name": "O" } ],
              "municipalities": [ { "id": "m", "name": "M" } ], "gatherings": [], "teams": [],
              "reportItems": [ { "id": "mentors", "kind": "count", "section": "figures", "text": { "nb": "Mentorer" } } ] }
            """u8.ToArray());
        Assert.Equal(MeasureDirection.None, Assert.Single(old.Plan!.ReportItems).Direction);
    }
}

/// <summary>The sluttrapport's questions: asked with the report before the plan's last gathering only, in their own section.</summary>
public sealed class FinalReportItemsTests
{
    [Fact]
    public void TheFiveFinalQuestions_AreAskedOnlyBeforeTheLastGathering_AndRequired()
    {
        var plan = Create();
        var final = new[] { "finalGoals", "finalOrganization", "finalActivities", "finalResults", "finalPlans" };
        Assert.Equal(final, StatusReportRules.Asked(plan, 3).Where(i => i.Section == ReportSection.Final).Select(i => i.Id));
        Assert.All(StatusReportRules.Asked(plan, 3).Where(i => i.Section == ReportSection.Final), i => Assert.True(i.Required));
        Assert.DoesNotContain(StatusReportRules.Asked(plan, 2), i => i.FinalOnly);
        Assert.Contains(ReportSection.Final, ReportSections.Asked(plan, 3));
        Assert.DoesNotContain(ReportSection.Final, ReportSections.Asked(plan, 2));

        // Required: a submitted last report without them is refused, each named.
        var report = new StatusReport { TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Submitted };
        var issues = StatusReportRules.Validate(report, StatusReportRules.Asked(plan, 3), [], submitting: true);
        Assert.All(final, id => Assert.Contains(issues, i => i.Field == id));
    }
}
