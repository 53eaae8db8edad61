using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Domain.Networks;

/// <summary>
/// Learning networks and their plans. Import merges: everything in the plan is written, rows no longer in the plan are
/// removed, and what was learned in Teams (a team's linked channel, a member's Entra id) is kept when the plan does not
/// say otherwise. Answers (status reports, progress, evaluations) live elsewhere and are never touched by an import.
/// </summary>
public interface INetworkRepository
{
    Task<IReadOnlyList<NetworkSummary>> ListAsync(CancellationToken cancellationToken);

    Task<NetworkPlan?> GetPlanAsync(string networkId, CancellationToken cancellationToken);

    /// <summary>Writes a validated plan (create or update). Returns what was written, merged with what Teams taught us.</summary>
    Task<NetworkPlan> ImportAsync(NetworkPlan plan, CancellationToken cancellationToken);

    /// <summary>The plan with its version (changes with every import or edit).</summary>
    Task<Versioned<NetworkPlan>?> GetVersionedPlanAsync(string networkId, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a validated plan only if the stored one is still at <paramref name="expectedVersion"/> (null: it must not
    /// exist yet). Returns the outcome and the new version.
    /// </summary>
    Task<(WriteOutcome Outcome, string? Version)> ImportAsync(NetworkPlan plan, string? expectedVersion, ImportMode mode, CancellationToken cancellationToken);

    Task<Versioned<NetworkTeam>?> GetTeamAsync(string networkId, string teamId, CancellationToken cancellationToken);

    /// <summary>Links (or relinks) a team to a Teams channel, guarded by the version the caller read.</summary>
    Task<WriteOutcome> SetChannelAsync(string networkId, string teamId, ChannelLink link, string version, CancellationToken cancellationToken);

    /// <summary>Links the organizers' channel of a network (replacing any earlier one); NotFound when the network is not stored.</summary>
    Task<WriteOutcome> SetOrganizerChannelAsync(string networkId, ChannelLink link, CancellationToken cancellationToken);

    Task<Versioned<Member>?> GetMemberAsync(string networkId, string memberId, CancellationToken cancellationToken);

    /// <summary>Saves a member (roles, Entra id, new member), guarded by version; null version: must not exist yet.</summary>
    Task<WriteOutcome> SaveMemberAsync(string networkId, Member member, string? version, CancellationToken cancellationToken);

    /// <summary>The team linked to a Teams channel, if any.</summary>
    Task<(string NetworkId, string TeamId)?> FindTeamByChannelAsync(string tenantId, string channelId, CancellationToken cancellationToken);

    /// <summary>Every network and team a person belongs to or organizes.</summary>
    Task<IReadOnlyList<Membership>> FindMembershipsAsync(string aadObjectId, CancellationToken cancellationToken);
}
