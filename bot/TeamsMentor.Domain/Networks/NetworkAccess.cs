namespace TeamsMentor.Domain.Networks;

/// <summary>
/// Who is who in a network, by Entra object id (compared without regard to case): a team's members work on their own
/// team; a network's organizers run the whole network. Platform administrators come on top of this in the host.
/// </summary>
public static class NetworkAccess
{
    /// <summary>The person's member record on <paramref name="teamId"/>, or null when they are not (or no longer) on that team.</summary>
    public static Member? MemberOf(NetworkPlan plan, string teamId, string? aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return aadObjectId is null ? null : plan.CurrentMembersOf(teamId).FirstOrDefault(m => Same(m.AadObjectId, aadObjectId));
    }

    /// <summary>The person's member record on any team of the network (the first), or null when they take part in none (any more).</summary>
    public static Member? Participant(NetworkPlan plan, string? aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return aadObjectId is null ? null : plan.Members.FirstOrDefault(m => m.IsCurrent && Same(m.AadObjectId, aadObjectId));
    }

    public static bool IsMember(NetworkPlan plan, string teamId, string? aadObjectId) => MemberOf(plan, teamId, aadObjectId) is not null;

    /// <summary>The organizer record of the person, or null when they do not organize the network.</summary>
    public static Organizer? OrganizerOf(LearningNetwork network, string? aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(network);
        return aadObjectId is null ? null : network.Organizers.FirstOrDefault(o => Same(o.AadObjectId, aadObjectId));
    }

    /// <summary>The networks among <paramref name="plans"/> that the person organizes (by the plan, not as an administrator).</summary>
    public static IReadOnlyList<NetworkPlan> OrganizedBy(IEnumerable<NetworkPlan> plans, string? aadObjectId) =>
        [.. (plans ?? throw new ArgumentNullException(nameof(plans))).Where(p => p.Network.IsOrganizer(aadObjectId))];

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
