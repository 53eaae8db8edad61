
namespace TeamsMentor.Domain.Networks;

/// <summary>The deadlines that follow from a plan and its schedule.</summary>
public static class Deadlines
{
    /// <summary>The status report for a gathering is due at the end of the local day <c>StatusDeadlineDaysBefore</c> before it starts.</summary>
    public static DateTimeOffset StatusReport(LearningNetwork network, Gathering gathering)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gathering);
        if (gathering.StatusReportDeadline is { } explicitDeadline)
        {
            return explicitDeadline;
        }

        var zone = network.Zone;
        var gatheringDay = NetworkClock.LocalDate(gathering.Start, zone);
        var lastDay = gatheringDay.AddDays(-network.Schedule.StatusDeadlineDaysBefore);
        return NetworkClock.At(lastDay.AddDays(1), TimeOnly.MinValue, zone);
    }

    /// <summary>When the status-report prompt goes out: <c>StatusPromptDaysBefore</c> days before, at the send time.</summary>
    public static DateTimeOffset StatusPrompt(LearningNetwork network, Gathering gathering, int daysBefore)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gathering);
        var zone = network.Zone;
        var day = NetworkClock.LocalDate(gathering.Start, zone).AddDays(-daysBefore);
        return NetworkClock.At(day, network.Schedule.SendAtLocalTime, zone);
    }

    /// <summary>
    /// When the evaluation opens: the gathering's own time (set in the plan, or by an organizer in the room), else
    /// <c>EvaluationMinutesAfterEnd</c> after it ends (negative: before it ends, so it can be answered in the room).
    /// </summary>
    public static DateTimeOffset EvaluationOpens(LearningNetwork network, Gathering gathering)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gathering);
        return gathering.EvaluationOpens ?? gathering.End.AddMinutes(network.Schedule.EvaluationMinutesAfterEnd);
    }

    public static DateTimeOffset EvaluationCloses(LearningNetwork network, Gathering gathering) =>
        gathering.EvaluationCloses ?? NetworkClock.AddLocalDays(EvaluationOpens(network, gathering), network.Schedule.EvaluationOpenDays, network.Zone);

    public static DateTimeOffset EvaluationReminder(LearningNetwork network, Gathering gathering) =>
        NetworkClock.AddLocalDays(EvaluationOpens(network, gathering), network.Schedule.EvaluationReminderDaysAfter, network.Zone);

    /// <summary>When a task is due: its own time, else the start of the gathering it is due before; null if that gathering does not exist.</summary>
    public static DateTimeOffset? Task(NetworkPlan plan, TaskItem task)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(task);
        return task.DueAt ?? plan.GatheringNumber(task.DueBeforeGathering)?.Start;
    }

    /// <summary>The gathering now under way or next to come; null after the last one.</summary>
    public static Gathering? CurrentOrNext(NetworkPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Gatherings.Where(g => g.End > now).OrderBy(g => g.Start).FirstOrDefault();
    }
}
