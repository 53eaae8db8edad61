using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Tasks;

/// <summary>
/// The progress plan (fremdriftsplan) of a gathering period: after gathering <c>n</c> each team plans how it will get the
/// tasks given there done before gathering <c>n + 1</c>: steps (what, who, by when) per task. It is asked
/// <c>ProgressPlanDaysAfter</c> days after the gathering ends, due <c>ProgressPlanDeadlineDaysAfter</c> days after it
/// (never after the next gathering starts), and can be changed until the next gathering starts. The steps are the
/// per-task steps the team keeps in Min plan, so the steps a team made before periods existed are already its plan for
/// the period of the gathering that gave the task.
/// </summary>
public static class ProgressPlans
{
    /// <summary>The period after gathering <paramref name="number"/>; null for the last gathering or one the plan lacks.</summary>
    public static ProgressPeriod? Period(NetworkPlan plan, int number)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.GatheringNumber(number) is not { } gathering || plan.GatheringNumber(number + 1) is not { } next)
        {
            return null;
        }

        // Asked at the send time on the day (not before the gathering ends); due at the end of the deadline's day.
        var (network, zone) = (plan.Network, plan.Network.Zone);
        var endDay = NetworkClock.LocalDate(gathering.End, zone);
        var asked = NetworkClock.At(endDay.AddDays(network.Schedule.ProgressPlanDaysAfter), network.Schedule.SendAtLocalTime, zone);
        var opens = asked > gathering.End ? asked : gathering.End;
        var deadline = NetworkClock.At(endDay.AddDays(network.Schedule.ProgressPlanDeadlineDaysAfter + 1), TimeOnly.MinValue, zone);
        return new ProgressPeriod(number, opens, deadline < next.Start ? deadline : next.Start, next.Start,
            [.. plan.Tasks.Where(t => t.GivenAt == number).Select(t => t.Id)]);
    }

    /// <summary>Every period that asks for a plan (one whose gathering gave tasks), in order.</summary>
    public static IReadOnlyList<ProgressPeriod> Periods(NetworkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Gatherings.Select(g => Period(plan, g.Number)).OfType<ProgressPeriod>().Where(p => p.TaskIds.Count > 0)];
    }

    /// <summary>The period a team plans in now (asked and not yet closed by the next gathering), or null.</summary>
    public static ProgressPeriod? Current(NetworkPlan plan, DateTimeOffset now) =>
        Periods(plan).LastOrDefault(p => p.Opens <= now && now < p.Closes);

    /// <summary>
    /// Where a team's plan for the period stands: made when every task of the period has a step with what, who and by
    /// when (a task the team has finished needs none); a draft when some steps exist; missing when the deadline passed
    /// without it being made.
    /// </summary>
    public static ProgressPlanState State(ProgressPeriod period, IReadOnlyList<TeamTaskProgress> progress, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(progress);
        if (now < period.Opens)
        {
            return ProgressPlanState.NotDue;
        }

        if (period.TaskIds.Count > 0 && period.TaskIds.All(id => IsPlanned(progress, id)))
        {
            return ProgressPlanState.Made;
        }

        var anySteps = period.TaskIds.Any(id => progress.FirstOrDefault(p => p.TaskId == id)?.Steps.Count > 0);
        return now >= period.Deadline ? ProgressPlanState.Missing : anySteps ? ProgressPlanState.Draft : ProgressPlanState.Open;
    }

    /// <summary>Whether the team's plan covers the task: it is done, or has a step with what, who and by when.</summary>
    public static bool IsPlanned(IReadOnlyList<TeamTaskProgress> progress, string taskId)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return progress.FirstOrDefault(p => p.TaskId == taskId) is { } p && (p.State == TaskState.Done || p.Steps.Any(IsComplete));
    }

    /// <summary>A step says what, who and by when.</summary>
    public static bool IsComplete(ProgressStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return !string.IsNullOrWhiteSpace(step.Text) && step.OwnerMemberId is not null && step.DueDate is not null;
    }
}

/// <summary>A gathering period: asked from <paramref name="Opens"/>, due at <paramref name="Deadline"/>, changeable until <paramref name="Closes"/> (the next gathering).</summary>
public sealed record ProgressPeriod(int Gathering, DateTimeOffset Opens, DateTimeOffset Deadline, DateTimeOffset Closes, IReadOnlyList<string> TaskIds);

public enum ProgressPlanState
{
    /// <summary>Not asked yet.</summary>
    NotDue,

    /// <summary>Asked, no steps yet.</summary>
    Open,

    /// <summary>Some steps, but not every task has one with what, who and by when.</summary>
    Draft,

    /// <summary>Every task of the period has a complete step.</summary>
    Made,

    /// <summary>The deadline passed without a plan made.</summary>
    Missing,
}
