using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.FollowUps;

/// <summary>
/// Follow-ups (veiledning) between gatherings, as the Nord organizers ran them: «De fleste teamene hadde møte med sin
/// kontaktperson en gang mellom hver samling.» A follow-up belongs to the period after the last gathering that ended
/// before it starts; a period runs until the next gathering starts. The advisor is reminded when no follow-up is booked
/// <c>FollowUpReminderDaysAfter</c> days after the gathering ended.
/// </summary>
public static class FollowUpRules
{
    public const int DefaultMinutes = 45;
    public const int MinMinutes = 10;
    public const int MaxMinutes = 240;
    public const int NotesMax = 2000;

    /// <summary>The gathering whose period <paramref name="start"/> falls in (after it ended, before the next starts); null before the first ends or after the last.</summary>
    public static int? PeriodOf(NetworkPlan plan, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var gatherings = plan.Gatherings.OrderBy(g => g.Number).ToList();
        for (var i = 0; i < gatherings.Count - 1; i++)
        {
            if (gatherings[i].End <= start && start < gatherings[i + 1].Start)
            {
                return gatherings[i].Number;
            }
        }

        return null;
    }

    /// <summary>The period a follow-up is planned in now: the last gathering that has ended, while the next has not started.</summary>
    public static int? CurrentPeriod(NetworkPlan plan, DateTimeOffset now) => PeriodOf(plan, now);

    /// <summary>Whether the follow-up counts as held at <paramref name="now"/>: logged as held, or booked (not cancelled, no new time pending) and over.</summary>
    public static bool IsHeld(FollowUp followUp, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return followUp.State == FollowUpState.Held
            || (followUp.State is FollowUpState.Booked or FollowUpState.Accepted && followUp.End <= now);
    }

    /// <summary>Whether the team has a follow-up booked or held in the period (a cancelled one does not count).</summary>
    public static bool HasOne(IEnumerable<FollowUp> followUps, string teamId, int period) =>
        followUps.Any(f => f.TeamId == teamId && f.Period == period && f.State != FollowUpState.Cancelled);

    /// <summary>When the advisor is reminded in the period after <paramref name="gathering"/> (null: no next gathering).</summary>
    public static DateTimeOffset? ReminderAt(NetworkPlan plan, Gathering gathering)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(gathering);
        if (plan.GatheringNumber(gathering.Number + 1) is not { } next)
        {
            return null;
        }

        var (network, zone) = (plan.Network, plan.Network.Zone);
        var at = NetworkClock.At(NetworkClock.LocalDate(gathering.End, zone).AddDays(network.Schedule.FollowUpReminderDaysAfter), network.Schedule.SendAtLocalTime, zone);
        return at < next.Start ? at : null;
    }

    /// <summary>The organizer who holds the follow-up, if still in the plan.</summary>
    public static Organizer? AdvisorOf(NetworkPlan plan, FollowUp followUp)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(followUp);
        return plan.Network.Organizers.FirstOrDefault(o => o.Id == followUp.AdvisorId);
    }

    /// <summary>The team's advisor: the plan's, if that organizer is still in the plan.</summary>
    public static Organizer? AdvisorOf(NetworkPlan plan, NetworkTeam team)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        return team.AdvisorId is { } id ? plan.Network.Organizers.FirstOrDefault(o => o.Id == id) : null;
    }
}
