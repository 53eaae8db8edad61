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
            return (WriteOutcome.Failed, null); // nothing written, or committed and finished by the next read: the caller says "not confirmed"
        }
    }

    /// <summary>
    /// Writes the plan's rows whole or not at all, however many there are. Every row that exists is replaced only at
    /// the ETag it was read with, new rows are inserted, removed rows deleted at their ETag: a change made meanwhile
    /// (a role set in Teams, another organizer's edit) fails the write instead of being overwritten. The first
    /// entity-group transaction holds the network row (so a stale plan version fails before anything is written) and
    /// the write's <see cref="ImportJournal"/>: once it is in, the rest (more transactions of 100 rows, the lookup
    /// tables) is finished by this call or, if it fails on the way, by the next read of the network. With
    /// <paramref name="guard"/>, the stored version must be <paramref name="expectedVersion"/> (null: the network
    /// must not exist); on mismatch nothing is written and the result is (null, null).
    /// </summary>
    private async Task<(NetworkPlan? Merged, string? Version)> WriteAsync(
        NetworkPlan plan, bool guard, string? expectedVersion, ImportMode mode, CancellationToken cancellationToken)
    {
        var id = plan.Network.Id;
        var existing = await ReadPartitionAsync(id, cancellationToken); // finishes an earlier write first
        if (guard && existing.Network?.ETag.ToString() != expectedVersion)
        {
            return (null, null);
        }

        var merged = PlanMerge.KeepLearned(plan, existing.Network is null ? null : NetworkRows.To(existing.Network), existing.Teams.Select(NetworkRows.To), existing.Members.Select(NetworkRows.To), mode);
        var networkRow = NetworkRows.From(merged.Network);
        networkRow.ReportItemsJson = StoredJson.Write(merged.ReportItems);
        var rows = new List<ITableEntity> { networkRow };
        rows.AddRange(merged.Gatherings.Select(g => NetworkRows.From(id, g)));
        rows.AddRange(merged.Teams.Select((t, i) => NetworkRows.From(id, t, i)));
        rows.AddRange(merged.Members.Select((m, i) => NetworkRows.From(id, m, i)));
        rows.AddRange(merged.Tasks.Select((t, i) => NetworkRows.From(id, t, i)));
        rows.AddRange(merged.EvaluationItems.Select((e, i) => NetworkRows.From(id, e, i)));
        var keep = rows.Select(r => r.RowKey).ToHashSet(StringComparer.Ordinal);

        var importId = Guid.NewGuid().ToString("N");
        var changes = rows.Select(r => RowAction.Put(r, existing.ETags.TryGetValue(r.RowKey, out var etag) ? etag.ToString() : null, importId))
            .Concat(existing.ETags.Where(k => !keep.Contains(k.Key)).Select(k => RowAction.Remove(k.Key, k.Value)))
            .ToList();
        var journal = new ImportJournal(importId, changes, NetworkLookups.Changes(id, existing, merged));
        var journalRows = journal.ToEntities(id);
        if (journalRows.Count > TableBatches.MaxActions / 2)
        {
            throw new InvalidOperationException($"A plan of {changes.Count} rows is too large to write."); // far beyond the 2 MB plan limit
        }

        var table = await tables.GetAsync(TableName, cancellationToken);
        var all = changes.Select(c => ToTransaction(id, c)).ToList();
        var commit = all.Take(1).Concat(journalRows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)))
            .Concat(all.Skip(1).Take(TableBatches.MaxActions - 1 - journalRows.Count)).ToList();
        await table.SubmitTransactionAsync(commit, cancellationToken); // nothing written if this fails
        try
        {
            await TableBatches.SubmitAsync(table, [.. all.Skip(commit.Count - journalRows.Count)], cancellationToken);
            await NetworkLookups.ApplyAsync(tables, journal.Lookups, cancellationToken);
            await table.SubmitTransactionAsync(journalRows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or StorageUnavailableException)
        {
            // Committed: finish it from the journal (a read may be doing the same); if storage is gone, the next read will.
            if (!await TryRollForwardAsync(id, cancellationToken))
            {
                throw new StorageUnavailableException("The plan write is committed but not finished; the next read of the network finishes it.", ex);
            }
        }

        var written = await table.GetEntityAsync<NetworkEntity>(id, NetworkEntity.Key, cancellationToken: cancellationToken);
        return (merged, written.Value.ETag.ToString());
    }

    private static TableTransactionAction ToTransaction(string partitionKey, RowAction change) => change.Kind switch
    {
        RowActionKind.Add => new(TableTransactionActionType.Add, change.Entity(partitionKey)),
        RowActionKind.Replace => new(TableTransactionActionType.UpdateReplace, change.Entity(partitionKey), new ETag(change.ETag!)),
        _ => new(TableTransactionActionType.Delete, new TableEntity(partitionKey, change.RowKey), new ETag(change.ETag!)),
    };

    /// <summary>
    /// Finishes a journaled plan write: rows it put already carry its id, rows still at the ETag it read are written,
    /// rows changed since keep the change; then the lookups, then the journal goes. Another reader doing the same
    /// makes a step fail with 409/412: read again and go on.
    /// </summary>
    private async Task<bool> TryRollForwardAsync(string networkId, CancellationToken cancellationToken)
    {
        try
        {
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var partition = await ReadRowsAsync(networkId, cancellationToken);
                if (partition.Journal.Count == 0)
                {
                    return true;
                }

                var journal = ImportJournal.Read(partition.Journal);
                var pending = journal.Rows.Where(change => IsPending(change, journal.Id, partition)).Select(change => ToTransaction(networkId, change)).ToList();
                try
                {
                    var table = await tables.GetAsync(TableName, cancellationToken);
                    await TableBatches.SubmitAsync(table, pending, cancellationToken);
                    await NetworkLookups.ApplyAsync(tables, journal.Lookups, cancellationToken);
                    await table.SubmitTransactionAsync(partition.Journal.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, r.ETag)), cancellationToken);
                    return true;
                }
                catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
                {
                    // someone else is finishing it: read again
                }
            }

            return false;
        }
        catch (Exception ex) when (ex is RequestFailedException or StorageUnavailableException)
        {
            return false;
        }
    }

    private static bool IsPending(RowAction change, string importId, NetworkPartition partition)
    {
        var current = partition.Rows.GetValueOrDefault(change.RowKey);
        return change.Kind switch
        {
            RowActionKind.Add => current is null,
            RowActionKind.Replace => current is not null && current.ETag.ToString() == change.ETag
                && current.GetString(ImportJournal.ImportIdProperty) != importId,
            _ => current is not null && current.ETag.ToString() == change.ETag,
        };
    }

    public async Task<Versioned<NetworkTeam>?> GetTeamAsync(string networkId, string teamId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TeamEntity>(networkId, TeamEntity.Prefix + teamId, cancellationToken: cancellationToken);
        return row.HasValue ? new Versioned<NetworkTeam>(NetworkRows.To(row.Value!), row.Value!.ETag.ToString()) : null;
    }

    /// <summary>
    /// Links a channel to a team so that a failure at any step leaves the old link or the new one, never a team without
    /// its channel or a channel claimed by two teams. Team rows hold the truth; <c>ChannelLinks</c> is an index that
    /// counts only where a team row agrees (<see cref="FindTeamByChannelAsync"/> repairs it). The steps: (1) the index
    /// row for the new channel, naming the team that had it before; (2) when that team is in another network, it lets
    /// go (given back if the switch fails); (3) the switch: the team row, and a same-network team that had the
    /// channel, in one entity-group transaction at the versions read; (4) the index row of the team's old channel
    /// goes; (5) the new index row forgets the team before.
    /// </summary>
    public async Task<WriteOutcome> SetChannelAsync(string networkId, string teamId, ChannelLink link, string version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var current = await table.GetEntityIfExistsAsync<TeamEntity>(networkId, TeamEntity.Prefix + teamId, cancellationToken: cancellationToken);
        if (!current.HasValue)
        {
            return WriteOutcome.NotFound;
        }

        if (current.Value!.ETag.ToString() != version)
        {
            return WriteOutcome.Conflict; // checked again by the switch; this only spares the index a write
        }

        var team = current.Value;
        var previous = NetworkRows.To(team).Channel;
        var owner = await FindTeamByChannelAsync(link.TenantId, link.ChannelId, cancellationToken);
        var before = owner is { } o && (o.NetworkId != networkId || o.TeamId != teamId) ? owner : null;

        var away = before is { } b && b.NetworkId != networkId ? (b.NetworkId, b.TeamId) : ((string NetworkId, string TeamId)?)null;
        var awayLink = away is { } a ? (await GetTeamAsync(a.NetworkId, a.TeamId, cancellationToken))?.Value.Channel : null;
        await NetworkLookups.PointLinkAsync(tables, networkId, teamId, link, before, awayLink, cancellationToken);
        if (away is { } other)
        {
            await ClearChannelAsync(other.NetworkId, other.TeamId, link.ChannelId, cancellationToken);
        }

        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, NetworkRows.From(networkId, NetworkRows.To(team) with { Channel = link }, team.Order), new ETag(version)),
        };
        if (before is { } sibling && sibling.NetworkId == networkId
            && await table.GetEntityIfExistsAsync<TeamEntity>(networkId, TeamEntity.Prefix + sibling.TeamId, cancellationToken: cancellationToken) is { HasValue: true } had
            && had.Value!.ChannelId == link.ChannelId)
        {
            actions.Add(new(TableTransactionActionType.UpdateReplace, NetworkRows.From(networkId, NetworkRows.To(had.Value) with { Channel = null }, had.Value.Order), had.Value.ETag));
        }

        try
        {
            await WithVersionBumpAsync(table, networkId, actions, cancellationToken);
        }
        catch (Exception ex) when (ex is RequestFailedException or StorageUnavailableException)
        {
            if (away is { } gave && awayLink is not null)
            {
                await TryGiveBackAsync(gave.NetworkId, gave.TeamId, awayLink, cancellationToken); // else the next read of the channel does
            }

            switch (ex)
            {
                case RequestFailedException { Status: 404 }:
                    return WriteOutcome.NotFound;
                case RequestFailedException { Status: 412 }:
                    return WriteOutcome.Conflict; // the index row is repaired on its next read
                default:
                    throw;
            }
        }

        if (previous is not null && previous.ChannelId != link.ChannelId)
        {
            await NetworkLookups.DeleteLinkAsync(tables, previous, networkId, teamId, cancellationToken);
        }

        if (before is not null)
        {
            await NetworkLookups.PointLinkAsync(tables, networkId, teamId, link, null, null, cancellationToken);
        }

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
                await WithVersionBumpAsync(table, networkId, [new TableTransactionAction(TableTransactionActionType.UpdateReplace, cleared, row.Value.ETag)], cancellationToken);
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
        await NetworkLookups.IndexMemberAsync(tables, networkId, member, cancellationToken); // new index row first, old one last
        try
        {
            var action = version is null
                ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(version));
            await WithVersionBumpAsync(table, networkId, [action], cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return WriteOutcome.Conflict;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return WriteOutcome.NotFound;
        }

        await NetworkLookups.UnindexMemberAsync(tables, networkId, before, member, cancellationToken);
        return WriteOutcome.Saved;
    }

    /// <summary>
    /// The team a channel is linked to: the index row, confirmed by the team row. A row its team no longer agrees
    /// with is what a relink cut short leaves; then the team named before it, if it still has the channel, is the
    /// answer and the row is put back, or else the row goes.
    /// </summary>
    public async Task<(string NetworkId, string TeamId)?> FindTeamByChannelAsync(string tenantId, string channelId, CancellationToken cancellationToken)
    {
        var row = await NetworkLookups.ReadLinkAsync(tables, tenantId, channelId, cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (await HasChannelAsync(row.NetworkId, row.TeamId, tenantId, channelId, cancellationToken))
        {
            if (row.PreviousTeamId is not null)
            {
                await NetworkLookups.RepairLinkAsync(tables, row, (row.NetworkId, row.TeamId), cancellationToken); // the relink's last step
            }

            return (row.NetworkId, row.TeamId);
        }

        if (row.PreviousNetworkId is { } network && row.PreviousTeamId is { } team
            && (await HasChannelAsync(network, team, tenantId, channelId, cancellationToken)
                || (StoredJson.Read<ChannelLink?>(row.PreviousLinkJson, null) is { } given && await TryGiveBackAsync(network, team, given, cancellationToken))))
        {
            await NetworkLookups.RepairLinkAsync(tables, row, (network, team), cancellationToken);
            return (network, team);
        }

        await NetworkLookups.RepairLinkAsync(tables, row, null, cancellationToken);
        return null;
    }

    /// <summary>The index row for a channel as stored, not confirmed by its team row (<see cref="CachedNetworkRepository"/> confirms it from its plan).</summary>
    internal Task<ChannelLinkEntity?> ReadLinkAsync(string tenantId, string channelId, CancellationToken cancellationToken) =>
        NetworkLookups.ReadLinkAsync(tables, tenantId, channelId, cancellationToken);

    /// <summary>A relink from another network cut short after that network's team let go: the team gets its channel back, unless it has another by now.</summary>
    private async Task<bool> TryGiveBackAsync(string networkId, string teamId, ChannelLink link, CancellationToken cancellationToken)
    {
        try
        {
            var table = await tables.GetAsync(TableName, cancellationToken);
            var row = await table.GetEntityIfExistsAsync<TeamEntity>(networkId, TeamEntity.Prefix + teamId, cancellationToken: cancellationToken);
            if (!row.HasValue || row.Value!.ChannelId is not null)
            {
                return row.HasValue && row.Value!.ChannelId == link.ChannelId;
            }

            var restored = NetworkRows.From(networkId, NetworkRows.To(row.Value) with { Channel = link }, row.Value.Order);
            await WithVersionBumpAsync(table, networkId, [new TableTransactionAction(TableTransactionActionType.UpdateReplace, restored, row.Value.ETag)], cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is RequestFailedException or StorageUnavailableException)
        {
            return false;
        }
    }

    private async Task<bool> HasChannelAsync(string networkId, string teamId, string tenantId, string channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TeamEntity>(networkId, TeamEntity.Prefix + teamId, cancellationToken: cancellationToken);
        return row.HasValue && row.Value!.ChannelId == channelId && row.Value.ChannelTenantId == tenantId;
    }

    /// <summary>
    /// The teams and networks a person is in: the index rows, each confirmed by its member row (or the network's
    /// organizers). A row they do not confirm is what a member write cut short leaves (or one it had not yet
    /// removed): it is dropped and removed.
    /// </summary>
    public async Task<IReadOnlyList<Membership>> FindMembershipsAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var list = new List<Membership>();
        foreach (var row in await NetworkLookups.ReadMembershipsAsync(tables, aadObjectId, cancellationToken))
        {
            var confirmed = row.IsOrganizer
                ? await table.GetEntityIfExistsAsync<NetworkEntity>(row.NetworkId, NetworkEntity.Key, cancellationToken: cancellationToken) is { HasValue: true } network
                    && NetworkRows.To(network.Value!).IsOrganizer(aadObjectId)
                : row.MemberId is { } memberId
                    && await table.GetEntityIfExistsAsync<MemberEntity>(row.NetworkId, MemberEntity.Prefix + memberId, cancellationToken: cancellationToken) is { HasValue: true } member
                    && string.Equals(member.Value!.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase) && member.Value.TeamId == row.TeamId;
            if (confirmed)
            {
                list.Add(ToMembership(row));
            }
            else
            {
                await NetworkLookups.DropMembershipAsync(tables, row, cancellationToken);
            }
        }

        return list;
    }

    /// <summary>The index rows as stored, not confirmed (<see cref="CachedNetworkRepository"/> confirms them from its plans).</summary>
    internal async Task<IReadOnlyList<Membership>> ReadMembershipsAsync(string aadObjectId, CancellationToken cancellationToken) =>
        [.. (await NetworkLookups.ReadMembershipsAsync(tables, aadObjectId, cancellationToken)).Select(ToMembership)];

    private static Membership ToMembership(MemberIndexEntity e) => new(e.NetworkId, e.TeamId, e.MemberId, e.IsOrganizer);

    /// <summary>
    /// Writes rows together with a touch of the network row, in one entity-group transaction: the network row's
    /// ETag is then the version of the whole plan, and an edit read before this write fails instead of undoing it.
    /// </summary>
    private static async Task WithVersionBumpAsync(TableClient table, string networkId, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        var touch = new TableEntity(networkId, NetworkEntity.Key) { ["SchemaVersion"] = NetworkEntity.CurrentSchemaVersion };
        await table.SubmitTransactionAsync([.. actions, new TableTransactionAction(TableTransactionActionType.UpdateMerge, touch, ETag.All)], cancellationToken);
    }

    /// <summary>The network's rows, after finishing a plan write that was cut short (a journal in the partition).</summary>
    private async Task<NetworkPartition> ReadPartitionAsync(string networkId, CancellationToken cancellationToken)
    {
        var partition = await ReadRowsAsync(networkId, cancellationToken);
        if (partition.Journal.Count == 0)
        {
            return partition;
        }

        if (!await TryRollForwardAsync(networkId, cancellationToken))
        {
            throw new StorageUnavailableException("A plan write that was cut short could not be finished yet.");
        }

        return await ReadRowsAsync(networkId, cancellationToken);
    }

    private async Task<NetworkPartition> ReadRowsAsync(string networkId, CancellationToken cancellationToken)
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
