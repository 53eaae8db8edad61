using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>
/// Keeps each network's plan in memory for <see cref="StorageOptions.PlanCacheDuration"/>: every card action and tab
/// call needs the plan (who is on which team, which gathering is next), and a plan is a partition read. Writes through
/// this process drop the network's entry at once; a write by another instance shows here within the duration. A read
/// that raced with a write is not cached (a generation number per network), so a stale plan never outlives the write.
/// Plans are immutable records, safe to share. Everything else passes through. Every write, like the cache entry it
/// drops, also touches the network's schedule stamp (<see cref="IScheduleStamps"/>): a new team, member, channel or
/// date can make a prompt due.
/// </summary>
public sealed class CachedNetworkRepository(NetworkRepository inner, IOptions<StorageOptions> options, IScheduleStamps? stamps = null) : INetworkRepository
{
    private readonly ConcurrentDictionary<string, Entry> _plans = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _generations = new(StringComparer.Ordinal);

    public async Task<NetworkPlan?> GetPlanAsync(string networkId, CancellationToken cancellationToken)
    {
        var duration = options.Value.PlanCacheDuration;
        if (duration <= TimeSpan.Zero)
        {
            return await inner.GetPlanAsync(networkId, cancellationToken);
        }

        if (_plans.TryGetValue(networkId, out var entry) && Stopwatch.GetElapsedTime(entry.ReadAt) < duration)
        {
            return entry.Plan;
        }

        var generation = _generations.GetValueOrDefault(networkId);
        var started = Stopwatch.GetTimestamp();
        var plan = await inner.GetPlanAsync(networkId, cancellationToken);
        if (plan is not null && _generations.GetValueOrDefault(networkId) == generation)
        {
            _plans[networkId] = new Entry(plan, started);
        }

        return plan;
    }

    public Task<IReadOnlyList<NetworkSummary>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

    public Task<Versioned<NetworkPlan>?> GetVersionedPlanAsync(string networkId, CancellationToken cancellationToken) =>
        inner.GetVersionedPlanAsync(networkId, cancellationToken); // editors need the version: always fresh

    public Task<Versioned<NetworkTeam>?> GetTeamAsync(string networkId, string teamId, CancellationToken cancellationToken) =>
        inner.GetTeamAsync(networkId, teamId, cancellationToken);

    public Task<Versioned<Member>?> GetMemberAsync(string networkId, string memberId, CancellationToken cancellationToken) =>
        inner.GetMemberAsync(networkId, memberId, cancellationToken);

    /// <summary>The index row, confirmed by the (cached) plan; a row the plan does not confirm goes to the repository, which reads the team row and repairs.</summary>
    public async Task<(string NetworkId, string TeamId)?> FindTeamByChannelAsync(string tenantId, string channelId, CancellationToken cancellationToken)
    {
        if (await inner.ReadLinkAsync(tenantId, channelId, cancellationToken) is not { } row)
        {
            return null;
        }

        var plan = await GetPlanAsync(row.NetworkId, cancellationToken);
        return plan is not null && plan.Teams.Any(t => t.Id == row.TeamId && t.Channel is { } c && c.ChannelId == channelId && c.TenantId == tenantId)
            ? (row.NetworkId, row.TeamId)
            : await inner.FindTeamByChannelAsync(tenantId, channelId, cancellationToken);
    }

    /// <summary>The index rows, confirmed by the (cached) plans; if any is not, the repository confirms each from storage and removes the stale ones.</summary>
    public async Task<IReadOnlyList<Membership>> FindMembershipsAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var rows = await inner.ReadMembershipsAsync(aadObjectId, cancellationToken);
        foreach (var row in rows)
        {
            var plan = await GetPlanAsync(row.NetworkId, cancellationToken);
            var confirmed = plan is not null && (row.IsOrganizer
                ? plan.Network.IsOrganizer(aadObjectId)
                : plan.Members.Any(m => m.Id == row.MemberId && m.TeamId == row.TeamId && string.Equals(m.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)));
            if (!confirmed)
            {
                return await inner.FindMembershipsAsync(aadObjectId, cancellationToken);
            }
        }

        return rows;
    }

    public Task<NetworkPlan> ImportAsync(NetworkPlan plan, CancellationToken cancellationToken) =>
        AfterAsync(plan?.Network.Id, plan?.Network.Id, () => inner.ImportAsync(plan!, cancellationToken));

    public Task<(WriteOutcome Outcome, string? Version)> ImportAsync(NetworkPlan plan, string? expectedVersion, ImportMode mode, CancellationToken cancellationToken) =>
        AfterAsync(plan?.Network.Id, plan?.Network.Id, () => inner.ImportAsync(plan!, expectedVersion, mode, cancellationToken));

    /// <summary>A channel may move away from a team of another network: every network's entry goes (that one's prompts can only become fewer).</summary>
    public Task<WriteOutcome> SetChannelAsync(string networkId, string teamId, ChannelLink link, string version, CancellationToken cancellationToken) =>
        AfterAsync(null, networkId, () => inner.SetChannelAsync(networkId, teamId, link, version, cancellationToken));

    public Task<WriteOutcome> SetOrganizerChannelAsync(string networkId, ChannelLink link, CancellationToken cancellationToken) =>
        AfterAsync(networkId, networkId, () => inner.SetOrganizerChannelAsync(networkId, link, cancellationToken));

    public Task<WriteOutcome> SaveMemberAsync(string networkId, Member member, string? version, CancellationToken cancellationToken) =>
        AfterAsync(networkId, networkId, () => inner.SaveMemberAsync(networkId, member, version, cancellationToken));

    /// <summary>
    /// Runs a write, forgets the network's plan (all plans when <paramref name="forget"/> is null) and touches the
    /// network's schedule stamp, also when the write failed halfway.
    /// </summary>
    private async Task<T> AfterAsync<T>(string? forget, string? touch, Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        finally
        {
            foreach (var id in forget is null ? [.. _plans.Keys, .. _generations.Keys] : new[] { forget })
            {
                _generations.AddOrUpdate(id, 1, (_, g) => g + 1);
                _plans.TryRemove(id, out _);
            }

            if (touch is not null && stamps is not null)
            {
                await stamps.TouchAsync(touch);
            }
        }
    }

    private sealed record Entry(NetworkPlan Plan, long ReadAt);
}
