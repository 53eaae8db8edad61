using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Domain.Scheduling;

/// <summary>
/// "What is due now": state + now → the prompts to send. Pure. A prompt is due from its time until it expires (the
/// report deadline, the evaluation closing, the session start); reminders go only to those still missing, and only
/// after the prompt they remind of; when several reminders of one series are due at once (the app was down), only the
/// latest goes out. Status and evaluation reminders fall in working time (<see cref="WorkingTime"/>: moved earlier), and
/// so does the organizers' digest (moved later, to when the hours next begin); open-screen reminders are bound to the
/// session's start and go at their time.
/// </summary>
public static class DuePrompts
{
    public static IReadOnlyList<DuePrompt> Compute(NetworkPlan plan, PromptState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(state);
        var due = new List<DuePrompt>();
        foreach (var gathering in plan.Gatherings)
        {
            foreach (var team in plan.Teams)
            {
                StatusPrompts(plan, gathering, team, state, now, due);
            }

            StatusDigest(plan, gathering, state, now, due);

            EvaluationPrompts(plan, gathering, state, now, due);
        }

        foreach (var period in ProgressPlans.Periods(plan))
        {
            foreach (var team in plan.Teams)
            {
                ProgressPlanPrompts(plan, period, team, state, now, due);
            }
        }

        foreach (var gathering in plan.Gatherings)
        {
            FollowUpReminders(plan, gathering, state, now, due);
        }

        HealthDigest(plan, state, now, due);

        foreach (var session in state.Sessions)
        {
            OpenScreenInvite(plan, session, state, now, due);
            OpenScreenReminders(plan, session, state, now, due);
        }

        return due;
    }

    private static void StatusPrompts(NetworkPlan plan, Gathering gathering, NetworkTeam team, PromptState state, DateTimeOffset now, List<DuePrompt> due)
    {
        var network = plan.Network;
        var deadline = Deadlines.StatusReport(network, gathering);
        if (now >= deadline || state.SubmittedReports.Contains((gathering.Number, team.Id)))
        {
            return;
        }

        var promptKey = DeliveryKeys.StatusPrompt(network.Id, gathering.Number, team.Id);
        var promptAt = Deadlines.StatusPrompt(network, gathering, network.Schedule.StatusPromptDaysBefore);
        if (now < promptAt)
        {
            return;
        }

        if (!state.Sent.TryGetValue(promptKey, out var promptSentAt))
        {
            due.Add(new DuePrompt(PromptKind.StatusPrompt, promptKey, promptAt, deadline, gathering.Number, team.Id));
            return;
        }

        var reminders = network.Schedule.StatusReminderDaysBefore
            .Select(days => (Days: days, At: WorkingTime.LatestAtOrBefore(Deadlines.StatusPrompt(network, gathering, days), network, notBefore: promptAt)))
            .Where(r => r.At <= now && r.At > promptSentAt)
            .OrderByDescending(r => r.At)
            .ToList();
        if (reminders.Count == 0)
        {
            return;
        }

        var latest = reminders[0];
        var key = DeliveryKeys.StatusReminder(network.Id, gathering.Number, team.Id, latest.Days);
        if (!state.Sent.ContainsKey(key))
        {
            due.Add(new DuePrompt(PromptKind.StatusReminder, key, latest.At, deadline, gathering.Number, team.Id));
        }
    }

    /// <summary>
    /// A period's progress plan: asked when the period opens (at once: the day after the gathering, at the send time),
    /// then reminders to teams whose plan is not made, in working time, until the plan's deadline; a reminder that would
    /// come before the plan was asked is not sent.
    /// </summary>
    private static void ProgressPlanPrompts(NetworkPlan plan, ProgressPeriod period, NetworkTeam team, PromptState state, DateTimeOffset now, List<DuePrompt> due)
    {
        var network = plan.Network;
        if (now < period.Opens || now >= period.Deadline || state.MadeProgressPlans.Contains((period.Gathering, team.Id)))
        {
            return;
        }

        var promptKey = DeliveryKeys.ProgressPlanPrompt(network.Id, period.Gathering, team.Id);
        if (!state.Sent.TryGetValue(promptKey, out var promptSentAt))
        {
            due.Add(new DuePrompt(PromptKind.ProgressPlanPrompt, promptKey, period.Opens, period.Deadline, period.Gathering, team.Id));
            return;
        }

        var deadlineDay = NetworkClock.LocalDate(period.Deadline, network.Zone).AddDays(-1); // the deadline is the end of this day
        var latest = network.Schedule.ProgressPlanReminderDaysBefore
            .Select(days => (Days: days, At: WorkingTime.LatestAtOrBefore(NetworkClock.At(deadlineDay.AddDays(-days), network.Schedule.SendAtLocalTime, network.Zone),
                network, notBefore: period.Opens)))
            .Where(r => r.At > period.Opens && r.At <= now && r.At > promptSentAt)
            .OrderByDescending(r => r.At)
            .FirstOrDefault();
        if (latest.At == default)
        {
            return;
        }

        var key = DeliveryKeys.ProgressPlanReminder(network.Id, period.Gathering, team.Id, latest.Days);
        if (!state.Sent.ContainsKey(key))
        {
            due.Add(new DuePrompt(PromptKind.ProgressPlanReminder, key, latest.At, period.Deadline, period.Gathering, team.Id));
        }
    }

    /// <summary>
    /// The advisor's reminder for each team with no follow-up booked in the period after <paramref name="gathering"/>:
    /// at <see cref="FollowUpRules.ReminderAt"/> (in working time, moved earlier), until the next gathering starts.
    /// </summary>
    private static void FollowUpReminders(NetworkPlan plan, Gathering gathering, PromptState state, DateTimeOffset now, List<DuePrompt> due)
    {
        var network = plan.Network;
        if (FollowUpRules.ReminderAt(plan, gathering) is not { } planned || plan.GatheringNumber(gathering.Number + 1) is not { } next || now >= next.Start)
        {
            return;
        }

        var at = WorkingTime.LatestAtOrBefore(planned, network, notBefore: gathering.End);
        if (now < at)
        {
            return;
        }

        foreach (var team in plan.Teams.Where(x => !state.FollowUpTeams.Contains((gathering.Number, x.Id))))
        {
            var key = DeliveryKeys.FollowUpReminder(network.Id, gathering.Number, team.Id);
            if (!state.Sent.ContainsKey(key))
            {
                due.Add(new DuePrompt(PromptKind.FollowUpReminder, key, at, next.Start, gathering.Number, team.Id));
            }
        }
    }

    /// <summary>
    /// The organizers' weekly health digest: Monday at the send time (later, when the working hours next begin, if that
    /// is not working time), from the first Monday after the first gathering has ended (before it, no team has a period
    /// to be in) until the last one ends; one per week.
    /// </summary>
    private static void HealthDigest(NetworkPlan plan, PromptState state, DateTimeOffset now, List<DuePrompt> due)
    {
        var network = plan.Network;
        if (plan.Gatherings.Count == 0 || plan.Teams.Count == 0)
        {
            return;
        }

        var today = NetworkClock.LocalDate(now, network.Zone);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var nextMonday = NetworkClock.At(monday.AddDays(7), network.Schedule.SendAtLocalTime, network.Zone);
        var at = WorkingTime.EarliestAtOrAfter(NetworkClock.At(monday, network.Schedule.SendAtLocalTime, network.Zone), network, notAfter: nextMonday);
        var firstEnds = plan.Gatherings.Min(g => g.End);
        var last = plan.Gatherings.Max(g => g.End);
        var key = DeliveryKeys.HealthDigest(network.Id, monday);
        if (now >= at && at >= firstEnds && at < last && !state.Sent.ContainsKey(key))
        {
            due.Add(new DuePrompt(PromptKind.HealthDigest, key, at, nextMonday));
        }
    }

    /// <summary>
    /// Once the deadline has passed, when the working hours next begin (but not after the gathering starts), until the
    /// gathering ends (read before or at the gathering; never for old ones).
    /// </summary>
    private static void StatusDigest(NetworkPlan plan, Gathering gathering, PromptState state, DateTimeOffset now, List<DuePrompt> due)
    {
        var network = plan.Network;
        var deadline = Deadlines.StatusReport(network, gathering);
        var at = WorkingTime.EarliestAtOrAfter(deadline, network, notAfter: gathering.Start);
        var key = DeliveryKeys.StatusDigest(network.Id, gathering.Number);
        if (now >= at && now < gathering.End && plan.Teams.Count > 0 && !state.Sent.ContainsKey(key))
        {
            due.Add(new DuePrompt(PromptKind.StatusDigest, key, at, gathering.End, gathering.Number));
        }
    }

    private static void EvaluationPrompts(NetworkPlan plan, Gathering gathering, PromptState state, DateTimeOffset now, List<DuePrompt> due)
    {
        var network = plan.Network;
        var opens = Deadlines.EvaluationOpens(network, gathering);
        var closes = Deadlines.EvaluationCloses(network, gathering);
        if (now < opens || now >= closes)
        {
            return;
        }

        var key = DeliveryKeys.Evaluation(network.Id, gathering.Number);
        if (!state.Sent.TryGetValue(key, out var sentAt))
        {
            due.Add(new DuePrompt(PromptKind.Evaluation, key, opens, closes, gathering.Number));
            return;
        }

        var reminderAt = WorkingTime.LatestAtOrBefore(Deadlines.EvaluationReminder(network, gathering), network, notBefore: opens);
        var reminderKey = DeliveryKeys.EvaluationReminder(network.Id, gathering.Number);
        if (now >= reminderAt && reminderAt > sentAt && !state.Sent.ContainsKey(reminderKey))
        {
            due.Add(new DuePrompt(PromptKind.EvaluationReminder, reminderKey, reminderAt, closes, gathering.Number));
        }
    }

    private static void OpenScreenInvite(NetworkPlan plan, OpenScreenSession session, PromptState state, DateTimeOffset now, List<DuePrompt> due)
    {
        var key = DeliveryKeys.OpenScreenInvite(plan.Network.Id, session.Id);
        if (!session.IsCancelled && now < session.Start && session.JoinUrl is not null && !state.Sent.ContainsKey(key)
            && plan.Teams.Any(team => session.Invites(team.Id) && team.Channel is not null))
        {
            due.Add(new DuePrompt(PromptKind.OpenScreenInvite, key, session.ChangedAt, session.Start, SessionId: session.Id));
        }
    }

    private static void OpenScreenReminders(NetworkPlan plan, OpenScreenSession session, PromptState state, DateTimeOffset now, List<DuePrompt> due)
    {
        if (session.IsCancelled || now >= session.Start)
        {
            return;
        }

        var network = plan.Network;
        var reminders = network.Schedule.OpenScreenReminderMinutesBefore
            .Select(minutes => (Minutes: minutes, At: NetworkClock.MinutesBefore(session.Start, minutes, network.Zone)))
            .Where(r => r.At <= now && r.At > session.ChangedAt) // none for a time already past when it was scheduled
            .OrderByDescending(r => r.At)
            .ToList();
        if (reminders.Count == 0)
        {
            return;
        }

        var latest = reminders[0];
        var key = DeliveryKeys.OpenScreenReminder(network.Id, session.Id, session.Revision, latest.Minutes);
        if (!state.Sent.ContainsKey(key))
        {
            due.Add(new DuePrompt(PromptKind.OpenScreenReminder, key, latest.At, session.Start, SessionId: session.Id));
        }
    }
}
