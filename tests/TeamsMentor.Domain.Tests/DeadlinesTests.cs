using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using static TeamsMentor.Domain.Tests.SamplePlan;

namespace TeamsMentor.Domain.Tests;

public sealed class DeadlinesTests
{
    private static readonly NetworkPlan Plan = Create();
    private static readonly LearningNetwork Network = Plan.Network;

    [Fact]
    public void StatusReport_DefaultEndOfDayBefore()
    {
        // Gathering 1 starts 1 Sep 2022 11:00: the report is due at the end of 31 Aug (midnight, CEST).
        Assert.Equal(new DateTimeOffset(2022, 8, 31, 22, 0, 0, TimeSpan.Zero), Deadlines.StatusReport(Network, Plan.Gatherings[0]).ToUniversalTime());
    }

    [Fact]
    public void StatusReport_ExplicitDeadline_Wins()
    {
        var g = Plan.Gatherings[0] with { StatusReportDeadline = Local(2022, 8, 29, 12) };
        Assert.Equal(Local(2022, 8, 29, 12), Deadlines.StatusReport(Network, g));
    }

    [Fact]
    public void StatusPrompt_FourteenDaysBeforeAtNine()
    {
        Assert.Equal(Local(2022, 8, 18, 9), Deadlines.StatusPrompt(Network, Plan.Gatherings[0], 14));
    }

    [Fact]
    public void StatusPrompt_ReminderAcrossSpringChange_StillNineLocal()
    {
        // Gathering Tuesday 31 March 2026; the 2-day reminder is Sunday 29 March, the day summer time starts.
        var g = Gathering(1, Local(2026, 3, 31, 11), Local(2026, 4, 1, 13));
        var reminder = Deadlines.StatusPrompt(Network, g, 2);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero), reminder.ToUniversalTime());
        // and the 7-day reminder, still in winter time, is 08:00Z
        Assert.Equal(new DateTimeOffset(2026, 3, 24, 8, 0, 0, TimeSpan.Zero), Deadlines.StatusPrompt(Network, g, 7).ToUniversalTime());
    }

    [Fact]
    public void EvaluationReminder_AcrossAutumnChange_SameLocalTime()
    {
        // Gathering ends Thursday 22 Oct 2026 15:00 (CEST); the reminder 3 days later is Sunday 25 Oct 15:00 (CET).
        var g = Gathering(1, Local(2026, 10, 21, 11), Local(2026, 10, 22, 15));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 14, 0, 0, TimeSpan.Zero), Deadlines.EvaluationReminder(Network, g).ToUniversalTime());
        Assert.Equal(Local(2026, 10, 29, 15), Deadlines.EvaluationCloses(Network, g));
    }

    [Fact]
    public void Task_DueBeforeNextGatheringByDefault()
    {
        Assert.Equal(Plan.Gatherings[1].Start, Deadlines.Task(Plan, Plan.Tasks[0]));
        Assert.Equal(Plan.Gatherings[2].Start, Deadlines.Task(Plan, Plan.Tasks[1]));
    }

    [Fact]
    public void CurrentOrNext_DuringAndBetweenAndAfter()
    {
        Assert.Equal(1, Deadlines.CurrentOrNext(Plan, Local(2022, 8, 1))?.Number);
        Assert.Equal(1, Deadlines.CurrentOrNext(Plan, Local(2022, 9, 2, 10))?.Number);
        Assert.Equal(2, Deadlines.CurrentOrNext(Plan, Local(2022, 9, 2, 14))?.Number);
        Assert.Null(Deadlines.CurrentOrNext(Plan, Local(2023, 5, 1)));
    }

    [Fact]
    public void Turnover_QuitOverNewHiresWithMentor()
    {
        Assert.Equal(9m / 64m, new MentorFigures(45, 45, 64, 9).Turnover);
        Assert.Null(new MentorFigures(3, 0, 0, 0).Turnover);
    }
}
