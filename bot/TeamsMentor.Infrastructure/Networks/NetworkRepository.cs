using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>
/// Networks in Azure Tables. Table <c>Networks</c> holds one partition per network (the network row, gatherings,
/// teams, members, tasks, evaluation items), so reading a whole plan or a network's teams is one partition query.
/// <c>ChannelLinks</c> and <c>MemberIndex</c> are lookups kept in step on every write.
/// </summary>
public sealed class NetworkRepository(TableProvider tables) : INetworkRepository
{
    public const string TableName = "Networks";
    public const string ChannelLinksTable = "ChannelLinks";
    public const string MemberIndexTable = "MemberIndex";

    public async Task<IReadOnlyList<NetworkSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var list = new List<NetworkSummary>();
        await foreach (var e in table.QueryAsync<NetworkEntity>(e => e.RowKey == NetworkEntity.Key, cancellationToken: cancellationToken))
        {
            list.Add(new NetworkSummary(e.PartitionKey, e.Name, DateOnly.FromDateTime(e.Start), DateOnly.FromDateTime(e.End)));
        }

        return list;
    }

    public async Task<NetworkPlan?> GetPlanAsync(string networkId, CancellationToken cancellationToken)
    {
        var rows = await ReadPartitionAsync(networkId, cancellationToken);
        return rows.Network is null ? null : rows.ToPlan();
    }

    public async Task<NetworkPlan> ImportAsync(NetworkPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (merged, _) = await WriteAsync(plan, guard: false, null, ImportMode.Merge, cancellationToken);
        return merged!;
    }

    public async Task<Versioned<NetworkPlan>?> GetVersionedPlanAsync(string networkId, CancellationToken cancellationToken)
    {
        var rows = await ReadPartitionAsync(networkId, cancellationToken);
        return rows.Network is null ? null : new Versioned<NetworkPlan>(rows.ToPlan(), rows.Network.ETag.ToString());
    }

    public async Task<(WriteOutcome Outcome, string? Version)> ImportAsync(NetworkPlan plan, string? expectedVersion, ImportMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        try
        {
            var (merged, version) = await WriteAsync(plan, guard: true, expectedVersion, mode, cancellationToken);
            return merged is null ? (WriteOutcome.Conflict, null) : (WriteOutcome.Saved, version);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return (WriteOutcome.Conflict, null);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (WriteOutcome.NotFound, null);
        }
        catch (Exception ex) when (ex is RequestFailedException or StorageUnavailableException)
        {
            return (WriteOutcome.Failed, null); // part may be saved: the caller says so, and repeating the import completes it
        }
    }

    /// <summary>
    /// Writes the plan's rows as entity-group transactions. Every row that exists is replaced only at the ETag it was
    /// read with, new rows are inserted, removed rows deleted at their ETag: a change made meanwhile (a role set in
    /// Teams, another organizer's edit) fails the write instead of being overwritten. The network row goes first, so
    /// a stale plan version fails before anything is written. With <paramref name="guard"/>, the stored version must
    /// be <paramref name="expectedVersion"/> (null: the network must not exist); on mismatch nothing is written and
    /// the result is (null, null).
    /// </summary>
    private async Task<(NetworkPlan? Merged, string? Version)> WriteAsync(
        NetworkPlan plan, bool guard, string? expectedVersion, ImportMode mode, CancellationToken cancellationToken)
    {
        var id = plan.Network.Id;
        var existing = await ReadPartitionAsync(id, cancellationToken);
        if (guard && existing.Network?.ETag.ToString() != expectedVersion)
        {
            return (null, null);
        }

        var merged = PlanMerge.KeepLearned(plan, existing.Network is null ? null : NetworkRows.To(existing.Network), existing.Teams.Select(NetworkRows.To), existing.Members.Select(NetworkRows.To), mode);
        var rows = new List<ITableEntity> { NetworkRows.From(merged.Network) };
        rows.AddRange(merged.Gatherings.Select(g => NetworkRows.From(id, g)));
        rows.AddRange(merged.Teams.Select((t, i) => NetworkRows.From(id, t, i)));
        rows.AddRange(merged.Members.Select((m, i) => NetworkRows.From(id, m, i)));
        rows.AddRange(merged.Tasks.Select((t, i) => NetworkRows.From(id, t, i)));
        rows.AddRange(merged.EvaluationItems.Select((e, i) => NetworkRows.From(id, e, i)));
        var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);

        var actions = rows.Select(r => existing.ETags.TryGetValue(r.RowKey, out var etag)
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, r, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, r)).ToList();
        actions.AddRange(existing.ETags.Where(k => !keep.Contains(k.Key))
            .Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(id, k.Key), k.Value)));
        var table = await tables.GetAsync(TableName, cancellationToken);
        await TableBatches.SubmitAsync(table, actions, cancellationToken);

        await NetworkLookups.SyncAsync(tables, id, existing, merged, cancellationToken);
        var written = await table.GetEntityAsync<NetworkEntity>(id, NetworkEntity.Key, cancellationToken: cancellationToken);
        return (merged, written.Value.ETag.ToString());
    }

    public async Task<Versioned<NetworkTeam>?> GetTeamAsync(string networkId, string teamId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TeamEntity>(networkId, TeamEntity.Prefix + teamId, cancellationToken: cancellationToken);
        return row.HasValue ? new Versioned<NetworkTeam>(NetworkRows.To(row.Value!), row.Value!.ETag.ToString()) : null;
    }

    public async Task<WriteOutcome> SetChannelAsync(string networkId, string teamId, ChannelLink link, string version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var current = await table.GetEntityIfExistsAsync<TeamEntity>(networkId, TeamEntity.Prefix + teamId, cancellationToken: cancellationToken);
        if (!current.HasValue)
        {
            return WriteOutcome.NotFound;
        }

        var team = current.Value!;
        var previous = NetworkRows.To(team).Channel;
        var updated = NetworkRows.From(networkId, NetworkRows.To(team) with { Channel = link }, team.Order);
        try
        {
            await WithVersionBumpAsync(table, networkId, new TableTransactionAction(TableTransactionActionType.UpdateReplace, updated, new ETag(version)), cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            return WriteOutcome.Conflict;
        }

        // A channel belongs to one team: the team it was linked to before (in any network) lets go of it.
        if (await FindTeamByChannelAsync(link.TenantId, link.ChannelId, cancellationToken) is { } before
            && (before.NetworkId != networkId || before.TeamId != teamId))
        {
            await ClearChannelAsync(before.NetworkId, before.TeamId, link.ChannelId, cancellationToken);
        }

        await NetworkLookups.MoveChannelAsync(tables, networkId, teamId, previous, link, cancellationToken);
        return WriteOutcome.Saved;
    }

    public async Task<WriteOutcome> SetOrganizerChannelAsync(string networkId, ChannelLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var table = await tables.GetAsync(TableName, cancellationToken);
        // One property merged into the network row: nothing else on it is touched, and its ETag (the plan version) moves.
        var row = new TableEntity(networkId, NetworkEntity.Key) { [nameof(NetworkEntity.OrganizerChannelJson)] = StoredJson.Write(link) };
        try
        {
            await table.UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, cancellationToken);
            return WriteOutcome.Saved;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return WriteOutcome.NotFound;
        }
    }

    private async Task ClearChannelAsync(string networkId, string teamId, string channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var row = await table.GetEntityIfExistsAsync<TeamEntity>(networkId, TeamEntity.Prefix + teamId, cancellationToken: cancellationToken);
            if (!row.HasValue || row.Value!.ChannelId != channelId)
            {
                return;
            }

            var cleared = NetworkRows.From(networkId, NetworkRows.To(row.Value) with { Channel = null }, row.Value.Order);
            try
            {
                await WithVersionBumpAsync(table, networkId, new TableTransactionAction(TableTransactionActionType.UpdateReplace, cleared, row.Value.ETag), cancellationToken);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // changed meanwhile: read again
            }
        }
    }

    public async Task<Versioned<Member>?> GetMemberAsync(string networkId, string memberId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<MemberEntity>(networkId, MemberEntity.Prefix + memberId, cancellationToken: cancellationToken);
        return row.HasValue ? new Versioned<Member>(NetworkRows.To(row.Value!), row.Value!.ETag.ToString()) : null;
    }

    public async Task<WriteOutcome> SaveMemberAsync(string networkId, Member member, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var current = await table.GetEntityIfExistsAsync<MemberEntity>(networkId, MemberEntity.Prefix + member.Id, cancellationToken: cancellationToken);
        var before = current.HasValue ? NetworkRows.To(current.Value!) : null;
        var entity = NetworkRows.From(networkId, member, current.HasValue ? current.Value!.Order : int.MaxValue);
        try
        {
            var action = version is null
                ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(version));
            await WithVersionBumpAsync(table, networkId, action, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return WriteOutcome.Conflict;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return WriteOutcome.NotFound;
        }

        await NetworkLookups.MoveMemberAsync(tables, networkId, before, member, cancellationToken);
        return WriteOutcome.Saved;
    }

    public async Task<(string NetworkId, string TeamId)?> FindTeamByChannelAsync(string tenantId, string channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(ChannelLinksTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<ChannelLinkEntity>(TableKeys.Encode(tenantId), TableKeys.Encode(channelId), cancellationToken: cancellationToken);
        return row.HasValue ? (row.Value!.NetworkId, row.Value.TeamId) : null;
    }

    public async Task<IReadOnlyList<Membership>> FindMembershipsAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(MemberIndexTable, cancellationToken);
        var key = TableKeys.Encode(aadObjectId.ToLowerInvariant());
        var list = new List<Membership>();
        await foreach (var e in table.QueryAsync<MemberIndexEntity>(e => e.PartitionKey == key, cancellationToken: cancellationToken))
        {
            list.Add(new Membership(e.NetworkId, e.TeamId, e.MemberId, e.IsOrganizer));
        }

        return list;
    }

    /// <summary>
    /// Writes one row together with a touch of the network row, in one entity-group transaction: the network row's
    /// ETag is then the version of the whole plan, and an edit read before this write fails instead of undoing it.
    /// </summary>
    private static async Task WithVersionBumpAsync(TableClient table, string networkId, TableTransactionAction action, CancellationToken cancellationToken)
    {
        var touch = new TableEntity(networkId, NetworkEntity.Key) { ["SchemaVersion"] = NetworkEntity.CurrentSchemaVersion };
        await table.SubmitTransactionAsync([action, new TableTransactionAction(TableTransactionActionType.UpdateMerge, touch, ETag.All)], cancellationToken);
    }

    private async Task<NetworkPartition> ReadPartitionAsync(string networkId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = new NetworkPartition();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == networkId, cancellationToken: cancellationToken))
        {
            partition.Add(row);
        }

        return partition;
    }
}
