using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Domain.Tests;

/// <summary>The matrix cell of a status report: every state from the plan's deadlines, the prompt and what is saved.</summary>
public sealed class ReportCellTests
{
    private static readonly NetworkPlan Plan = NetworkPlanDocument.Read(PlanFiles.Read("mentorprogram-nord.json")).Plan!;
    private static readonly Gathering Third = Plan.Gatherings.Single(g => g.Number == 3);
    private static readonly DateTimeOffset Deadline = Deadlines.StatusReport(Plan.Network, Third);
    private static readonly DateTimeOffset PromptAt = Deadlines.StatusPrompt(Plan.Network, Third, Plan.Network.Schedule.StatusPromptDaysBefore);

    private static StatusReport Report(StatusReportState state, DateTimeOffset? submittedAt = null, bool reopened = false) => new()
    {
        TeamId = "tromso-sone-1", Gathering = 3, State = state, SubmittedBy = submittedAt is null ? null : "Hanne Solbakken", SubmittedAt = submittedAt, Reopened = reopened,
    };

    public static TheoryData<string, StatusReportState?, bool, int, ReportCellState> Cases() => new()
    {
        { "before the prompt's time, nothing sent", null, false, -1, ReportCellState.NotDue },
        { "prompted early (a nudge)", null, true, -1, ReportCellState.Open },
        { "the prompt's time has come", null, false, 0, ReportCellState.Open },
        { "a draft before the deadline", StatusReportState.Draft, true, 0, ReportCellState.Draft },
        { "submitted", StatusReportState.Submitted, true, 0, ReportCellState.Submitted },
        { "deadline passed after the prompt", null, true, 1, ReportCellState.Missing },
        { "deadline passed with only a draft", StatusReportState.Draft, true, 1, ReportCellState.Missing },
        { "deadline passed, never prompted", null, false, 1, ReportCellState.NotAsked },
        { "a stored empty report counts as none", StatusReportState.NotStarted, false, 1, ReportCellState.NotAsked },
    };

    /// <param name="when">-1 before the prompt's time, 0 between the prompt and the deadline, 1 after the deadline.</param>
    [Theory]
    [MemberData(nameof(Cases))]
    public void For_EachSituation_TheStateTheOrganizerShouldSee(string situation, StatusReportState? saved, bool prompted, int when, ReportCellState expected)
    {
        var now = when switch { < 0 => PromptAt.AddDays(-1), 0 => PromptAt.AddHours(1), _ => Deadline.AddHours(1) };
        var report = saved is { } state ? Report(state, state == StatusReportState.Submitted ? PromptAt.AddHours(2) : null) : null;

        var cell = ReportCell.For(Plan.Network, Third, report, prompted, now);

        Assert.True(expected == cell.State, $"{situation}: {cell.State}");
        Assert.Equal(3, cell.Gathering);
        Assert.Equal(saved == StatusReportState.Draft, cell.HasDraft);
    }

    [Fact]
    public void For_SubmittedAfterTheDeadline_Late_WithWhoAndWhen_ReopenedDraftStaysADraft()
    {
        var late = ReportCell.For(Plan.Network, Third, Report(StatusReportState.Submitted, Deadline.AddDays(2), reopened: true), true, Deadline.AddDays(3));
        Assert.Equal((ReportCellState.Submitted, true, "Hanne Solbakken", true), (late.State, late.Late, late.SubmittedBy, late.Reopened));

        var onTime = ReportCell.For(Plan.Network, Third, Report(StatusReportState.Submitted, Deadline.AddMinutes(-1)), true, Deadline.AddDays(3));
        Assert.False(onTime.Late);

        var reopened = ReportCell.For(Plan.Network, Third, Report(StatusReportState.Draft, reopened: true), true, Deadline.AddDays(3));
        Assert.Equal(ReportCellState.Draft, reopened.State);
    }
}
