using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Privacy;

/// <summary>
/// When a network's personal data goes: a number of months after its period ends (at midnight in its time zone), with the
/// organizers warned a number of days before. Pure.
/// </summary>
public static class Retention
{
    public static DateTimeOffset PurgeAt(LearningNetwork network, int months)
    {
        ArgumentNullException.ThrowIfNull(network);
        return NetworkClock.At(network.End.AddDays(1).AddMonths(months), TimeOnly.MinValue, NetworkPlanRules.SafeZone(network));
    }

    public static DateTimeOffset WarnAt(LearningNetwork network, int months, int warnDays) => PurgeAt(network, months).AddDays(-warnDays);

    /// <summary>Whether the warning is due now: after its time and before the purge, while there is anyone to erase.</summary>
    public static bool WarningDue(NetworkPlan plan, int months, int warnDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return HasParticipants(plan) && now >= WarnAt(plan.Network, months, warnDays) && now < PurgeAt(plan.Network, months);
    }

    /// <summary>Whether the purge is due now: after its time, while the plan still has participants.</summary>
    public static bool PurgeDue(NetworkPlan plan, int months, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return HasParticipants(plan) && now >= PurgeAt(plan.Network, months);
    }

    /// <summary>Whether the network has members who are not its organizers: whom retention erases (organizers keep the archive).</summary>
    public static bool HasParticipants(NetworkPlan plan) => Participants(plan) > 0;

    /// <summary>How many members are not the network's organizers.</summary>
    public static int Participants(NetworkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Members.Count(m => m.AadObjectId is null || !plan.Network.IsOrganizer(m.AadObjectId));
    }
}
