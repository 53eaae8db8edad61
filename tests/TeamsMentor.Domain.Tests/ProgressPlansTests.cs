using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Tasks;
using static TeamsMentor.Domain.Tests.SamplePlan;

namespace TeamsMentor.Domain.Tests;

/// <summary>Progress-plan periods: asked after a gathering, due after a while (never after the next one starts), and the plan's state.</summary>
public sealed class ProgressPlansTests
{
    private static readonly NetworkPlan Plan = Create();

    private static TeamTaskProgress Progress(string taskId, params ProgressStep[] steps) => new() { TeamId = "tromso-sone-1", TaskId = taskId, Steps = steps };

    private static ProgressStep Step(string text, string? owner = "tromso-sone-1-anne", DateOnly? due = null) =>
        new(Guid.NewGuid().ToString("N")[..8], text, owner, due ?? new DateOnly(2022, 10, 1), false);

    [Fact]
    public void Period_AfterEachGatheringButTheLast_AskedTheDayAfter_DueTwoWeeksAfter_ClosedByTheNext()
    {
        var periods = ProgressPlans.Periods(Plan);
        Assert.Equal([1], periods.Select(p => p.Gathering)); // the sample's tasks are all given at gathering 1
        Assert.NotNull(ProgressPlans.Period(Plan, 2)); // a period with nothing to plan exists, but asks for no plan
        var first = periods[0];
        Assert.Equal(1, first.Gathering);
        // Gathering 1 ends Friday 2 September 2022: asked Saturday 3 September at 09:00, due at the end of Friday 16 September.
        Assert.Equal(Local(2022, 9, 3, 9), first.Opens);
        Assert.Equal(Local(2022, 9, 17, 0), first.Deadline);
        Assert.Equal(Plan.Gatherings[1].Start, first.Closes);
        Assert.Equal(Plan.Tasks.Where(t => t.GivenAt == 1).Select(t => t.Id), first.TaskIds);
        Assert.Null(ProgressPlans.Period(Plan, Plan.Gatherings.Count)); // nothing after the last
    }

    [Fact]
    public void APeriodWhoseGatheringGaveNoTasks_AsksForNoPlan()
    {
        var plan = Plan with { Tasks = [.. Plan.Tasks.Where(t => t.GivenAt != 1)] };
        Assert.DoesNotContain(ProgressPlans.Periods(plan), p => p.Gathering == 1);
        Assert.Null(ProgressPlans.Current(plan, ProgressPlans.Period(plan, 1)!.Opens.AddDays(1)));
    }

    [Fact]
    public void Deadline_NeverAfterTheNextGatheringStarts()
    {
        var plan = Plan with { Network = Plan.Network with { Schedule = Plan.Network.Schedule with { ProgressPlanDeadlineDaysAfter = 120 } } };
        var first = ProgressPlans.Period(plan, 1)!;
        Assert.Equal(plan.Gatherings[1].Start, first.Deadline);
    }

    [Fact]
    public void State_NotDue_Open_Draft_Made_Missing()
    {
        var period = ProgressPlans.Period(Plan, 1)!;
        var during = period.Opens.AddDays(2);
        Assert.Equal(ProgressPlanState.NotDue, ProgressPlans.State(period, [], period.Opens.AddMinutes(-1)));
        Assert.Equal(ProgressPlanState.Open, ProgressPlans.State(period, [], during));

        var tasks = period.TaskIds;
        Assert.NotEmpty(tasks);
        var partly = new List<TeamTaskProgress> { Progress(tasks[0], Step("Be HR om tall", owner: null)) }; // who is missing
        Assert.Equal(ProgressPlanState.Draft, ProgressPlans.State(period, partly, during));

        var made = tasks.Select(id => Progress(id, Step("Avtal møte med lederen"))).ToList();
        Assert.Equal(ProgressPlanState.Made, ProgressPlans.State(period, made, during));
        var finished = new List<TeamTaskProgress> { Progress(tasks[0], Step("Avtal møte")), Progress(tasks[1]) with { State = TaskState.Done } };
        Assert.Equal(ProgressPlanState.Made, ProgressPlans.State(period, finished, during)); // a task already done needs no step
        Assert.Equal(ProgressPlanState.Made, ProgressPlans.State(period, made, period.Deadline.AddDays(1))); // made stays made

        Assert.Equal(ProgressPlanState.Missing, ProgressPlans.State(period, partly, period.Deadline));
        Assert.Equal(ProgressPlanState.Missing, ProgressPlans.State(period, [], period.Deadline));
    }

    [Fact]
    public void Current_ThePeriodOpenNow()
    {
        var first = ProgressPlans.Period(Plan, 1)!;
        Assert.Null(ProgressPlans.Current(Plan, first.Opens.AddMinutes(-1)));
        Assert.Equal(1, ProgressPlans.Current(Plan, first.Opens)!.Gathering);
        Assert.Equal(1, ProgressPlans.Current(Plan, first.Closes.AddMinutes(-1))!.Gathering);
        Assert.NotEqual(1, ProgressPlans.Current(Plan, first.Closes)?.Gathering);
    }
}
