using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Domain.Health;

/// <summary>
/// Where every team stands in the network now, and which teams have stalled ("the platform surfaces when a mentee is
/// stalled"). The period is the one the network is in: after the latest gathering that has ended, toward the next. Per
/// team: the status report for the next gathering, the progress plan of the period, the follow-up of the period,
/// overdue tasks and the last activity. A team is stalled when it has done nothing for
/// <see cref="PromptSchedule.StalledAfterDays"/> days, or when two of these hold: its report is missing (the deadline
/// passed without it), its progress plan is missing, no follow-up this period (once the advisor's reminder time has
/// passed), tasks overdue. Activity is what the team itself does: a report saved or sent, a task or step saved, a
/// follow-up answered or held, an RSVP; never an evaluation answer (that would time-stamp a team's anonymous answer).
/// Pure.
/// </summary>
public static class NetworkHealth
{
    public static HealthReport Assess(NetworkPlan plan, HealthSignals signals, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(signals);
        var gatherings = plan.Gatherings.OrderBy(g => g.Number).ToList();
        var last = gatherings.LastOrDefault(g => g.End <= now);
        var next = gatherings.FirstOrDefault(g => g.End > now);
        var period = last is not null && next is not null ? ProgressPlans.Period(plan, last.Number) : null;
        var followUpDue = last is not null && FollowUpRules.ReminderAt(plan, last) is { } reminder && now >= reminder;
        var started = gatherings.Count > 0 && gatherings[0].Start <= now;
        var teams = new List<TeamHealth>();
        foreach (var team in plan.Teams)
        {
            var progress = signals.Progress.GetValueOrDefault(team.Id) ?? [];
            var report = next is null ? null : signals.Reports.FirstOrDefault(r => r.TeamId == team.Id && r.Gathering == next.Number);
            var reportState = next is null ? (HealthReportState?)null : ReportState(plan, next, report, now);
            var planState = period is { TaskIds.Count: > 0 } ? ProgressPlans.State(period, progress, now) : (ProgressPlanState?)null;
            var followUps = last is null ? [] : signals.FollowUps.Where(f => f.TeamId == team.Id && f.Period == last.Number && f.State != FollowUpState.Cancelled).ToList();
            var followUp = followUps.Any(f => FollowUpRules.IsHeld(f, now)) ? HealthFollowUp.Held
                : followUps.Count > 0 ? HealthFollowUp.Booked
                : last is null || next is null ? HealthFollowUp.NotInAPeriod
                : followUpDue ? HealthFollowUp.Missing : HealthFollowUp.NotYet;
            var overdue = Overdue(plan, progress, now).Count;
            var activity = LastActivity(team.Id, signals, progress, now);

            var reasons = new List<StalledReason>();
            if (reportState == HealthReportState.Missing)
            {
                reasons.Add(StalledReason.ReportMissing);
            }

            if (planState == ProgressPlanState.Missing)
            {
                reasons.Add(StalledReason.ProgressPlanMissing);
            }

            if (followUp == HealthFollowUp.Missing)
            {
                reasons.Add(StalledReason.NoFollowUp);
            }

            if (overdue > 0)
            {
                reasons.Add(StalledReason.TasksOverdue);
            }

            var quietSince = activity ?? (started ? gatherings[0].Start : (DateTimeOffset?)null);
            var quiet = next is not null && quietSince is { } since && (now - since).TotalDays >= plan.Network.Schedule.StalledAfterDays;
            var stalled = quiet || reasons.Count >= 2;
            if (quiet)
            {
                reasons.Insert(0, StalledReason.NoActivity);
            }

            teams.Add(new TeamHealth(team.Id, reportState, planState, followUp, overdue, activity, stalled,
                stalled ? reasons : [], quiet ? (int)Math.Floor((now - quietSince!.Value).TotalDays) : null));
        }

        return new HealthReport(last?.Number, next?.Number, period?.TaskIds.Count > 0 ? period.Gathering : null, teams);
    }

    /// <summary>The team's tasks past their due time and not done.</summary>
    public static IReadOnlyList<TaskItem> Overdue(NetworkPlan plan, IReadOnlyList<TeamTaskProgress> progress, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(progress);
        return [.. plan.Tasks.Where(task => Deadlines.Task(plan, task) is { } due && due < now && progress.FirstOrDefault(p => p.TaskId == task.Id)?.State != TaskState.Done)];
    }

    private static HealthReportState ReportState(NetworkPlan plan, Gathering next, StatusReport? report, DateTimeOffset now) => report?.State switch
    {
        StatusReportState.Submitted => HealthReportState.Submitted,
        _ when now >= Deadlines.StatusReport(plan.Network, next) => HealthReportState.Missing,
        _ when now < Deadlines.StatusPrompt(plan.Network, next, plan.Network.Schedule.StatusPromptDaysBefore) => HealthReportState.NotAsked,
        StatusReportState.Draft => HealthReportState.Draft,
        _ => HealthReportState.NotStarted,
    };

    /// <summary>The latest thing the team itself did by <paramref name="now"/> (evaluation answers never count; a follow-up's time still ahead is not done yet).</summary>
    private static DateTimeOffset? LastActivity(string teamId, HealthSignals signals, IReadOnlyList<TeamTaskProgress> progress, DateTimeOffset now)
    {
        var times = signals.Reports.Where(r => r.TeamId == teamId).SelectMany(r => new[] { r.LastEditedAt, r.SubmittedAt })
            .Concat(progress.Select(p => p.UpdatedAt))
            .Concat(signals.FollowUps.Where(f => f.TeamId == teamId && f.State is FollowUpState.Accepted or FollowUpState.NewTimeProposed).Select(f => (DateTimeOffset?)f.ChangedAt))
            .Concat(signals.FollowUps.Where(f => f.TeamId == teamId && f.State == FollowUpState.Held).Select(f => (DateTimeOffset?)f.Start))
            .Concat(signals.OtherActivity.TryGetValue(teamId, out var other) ? [other] : [])
            .OfType<DateTimeOffset>().Where(at => at <= now).ToList();
        return times.Count == 0 ? null : times.Max();
    }
}

/// <summary>
/// What the health view reads: the network's status reports, each team's task progress, the follow-ups, and other
/// activity by team (the latest RSVP of one of its members); never evaluation answers.
/// </summary>
public sealed record HealthSignals(
    IReadOnlyList<StatusReport> Reports,
    IReadOnlyDictionary<string, IReadOnlyList<TeamTaskProgress>> Progress,
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyDictionary<string, DateTimeOffset> OtherActivity);

/// <param name="LastGathering">The latest gathering that has ended (the period is after it); null before the first ends.</param>
/// <param name="NextGathering">The next gathering (the report is for it); null once the last has ended.</param>
/// <param name="ProgressPeriod">The period whose progress plan is shown, when it asks for one.</param>
public sealed record HealthReport(int? LastGathering, int? NextGathering, int? ProgressPeriod, IReadOnlyList<TeamHealth> Teams);

/// <param name="QuietDays">How many days without activity, when that is why the team is stalled.</param>
public sealed record TeamHealth(string TeamId, HealthReportState? Report, ProgressPlanState? ProgressPlan, HealthFollowUp FollowUp, int OverdueTasks,
    DateTimeOffset? LastActivity, bool Stalled, IReadOnlyList<StalledReason> Reasons, int? QuietDays);

public enum HealthReportState
{
    /// <summary>Not asked for yet (before the prompt).</summary>
    NotAsked,
    NotStarted,
    Draft,
    Submitted,

    /// <summary>The deadline passed without it being sent.</summary>
    Missing,
}

public enum HealthFollowUp
{
    /// <summary>Not in a period between two gatherings.</summary>
    NotInAPeriod,

    /// <summary>None yet, but the advisor's reminder time has not come.</summary>
    NotYet,

    /// <summary>None booked, and the reminder time has passed.</summary>
    Missing,
    Booked,
    Held,
}

public enum StalledReason
{
    NoActivity,
    ReportMissing,
    ProgressPlanMissing,
    NoFollowUp,
    TasksOverdue,
}
