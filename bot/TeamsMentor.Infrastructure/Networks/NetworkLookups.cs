using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>Keeps the <c>ChannelLinks</c> and <c>MemberIndex</c> lookup tables in step with the network rows.</summary>
internal static class NetworkLookups
{
    /// <summary>The lookup changes a plan write brings: links of channels a team no longer has go, new ones point at their team, the member index follows the members and organizers.</summary>
    public static List<LookupOp> Changes(string networkId, NetworkPartition before, NetworkPlan after)
    {
        var ops = new List<LookupOp>();
        var oldTeams = before.Teams.Select(NetworkRows.To).ToList();
        foreach (var old in oldTeams.Where(o => o.Channel is not null))
        {
            var now = after.Teams.FirstOrDefault(t => t.Id == old.Id);
            if (now?.Channel?.ChannelId != old.Channel!.ChannelId)
            {
                ops.Add(new LookupOp(LookupKind.LinkRemove, TableKeys.Encode(old.Channel.TenantId), TableKeys.Encode(old.Channel.ChannelId), networkId, old.Id));
            }
        }

        // Only links that are new or changed are written: re-importing an unchanged plan must not undo a relink made in Teams.
        foreach (var team in after.Teams.Where(t => t.Channel is not null))
        {
            var old = oldTeams.FirstOrDefault(o => o.Id == team.Id)?.Channel;
            if (old?.ChannelId != team.Channel!.ChannelId)
            {
                ops.Add(new LookupOp(LookupKind.LinkPoint, TableKeys.Encode(team.Channel.TenantId), TableKeys.Encode(team.Channel.ChannelId), networkId, team.Id));
            }
        }

        var wanted = IndexRows(networkId, after).GroupBy(e => (e.PartitionKey, e.RowKey)).ToDictionary(g => g.Key, g => g.First());
        var oldNetwork = before.Network is null ? null : NetworkRows.To(before.Network);
        var oldPlan = oldNetwork is null ? null : new NetworkPlan { Network = oldNetwork, Members = [.. before.Members.Select(NetworkRows.To)] };
        foreach (var stale in (oldPlan is null ? [] : IndexRows(networkId, oldPlan)).DistinctBy(e => (e.PartitionKey, e.RowKey)).Where(e => !wanted.ContainsKey((e.PartitionKey, e.RowKey))))
        {
            ops.Add(new LookupOp(LookupKind.IndexRemove, stale.PartitionKey, stale.RowKey, networkId));
        }

        ops.AddRange(wanted.Values.Select(row => new LookupOp(LookupKind.IndexPut, row.PartitionKey, row.RowKey, networkId, row.TeamId, row.MemberId, row.IsOrganizer)));
        return ops;
    }

    /// <summary>Applies lookup changes; each is safe to repeat, so a write finished by a later read applies them again.</summary>
    public static async Task ApplyAsync(TableProvider tables, IEnumerable<LookupOp> ops, CancellationToken cancellationToken)
    {
        var links = await tables.GetAsync(NetworkRepository.ChannelLinksTable, cancellationToken);
        var index = await tables.GetAsync(NetworkRepository.MemberIndexTable, cancellationToken);
        foreach (var op in ops)
        {
            switch (op.Kind)
            {
                case LookupKind.LinkPoint:
                    await links.UpsertEntityAsync(new ChannelLinkEntity { PartitionKey = op.PartitionKey, RowKey = op.RowKey, NetworkId = op.NetworkId, TeamId = op.TeamId! }, TableUpdateMode.Replace, cancellationToken);
                    break;
                case LookupKind.LinkRemove:
                    await DeleteOwnedLinkAsync(links, op.PartitionKey, op.RowKey, op.NetworkId, op.TeamId!, cancellationToken);
                    break;
                case LookupKind.IndexRemove:
                    await DeleteAtAsync(index, op.PartitionKey, op.RowKey, ETag.All, cancellationToken);
                    break;
                case LookupKind.IndexPut:
                    await index.UpsertEntityAsync(new MemberIndexEntity
                    {
                        PartitionKey = op.PartitionKey,
                        RowKey = op.RowKey,
                        NetworkId = op.NetworkId,
                        TeamId = op.TeamId,
                        MemberId = op.MemberId,
                        IsOrganizer = op.IsOrganizer,
                    }, TableUpdateMode.Replace, cancellationToken);
                    break;
            }
        }
    }

    private static async Task DeleteAtAsync(TableClient table, string partitionKey, string rowKey, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(partitionKey, rowKey, etag, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // gone already, or changed meanwhile by a newer write
        }
    }

    /// <summary>Points the channel's index row at the team, naming the team that had the channel before (if any) for repair.</summary>
    public static async Task PointLinkAsync(TableProvider tables, string networkId, string teamId, ChannelLink link,
        (string NetworkId, string TeamId)? before, ChannelLink? beforeLink, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NetworkRepository.ChannelLinksTable, cancellationToken);
        await table.UpsertEntityAsync(new ChannelLinkEntity
        {
            PartitionKey = TableKeys.Encode(link.TenantId),
            RowKey = TableKeys.Encode(link.ChannelId),
            NetworkId = networkId,
            TeamId = teamId,
            PreviousNetworkId = before?.NetworkId,
            PreviousTeamId = before?.TeamId,
            PreviousLinkJson = beforeLink is null ? null : StoredJson.Write(beforeLink),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public static async Task<ChannelLinkEntity?> ReadLinkAsync(TableProvider tables, string tenantId, string channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NetworkRepository.ChannelLinksTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<ChannelLinkEntity>(TableKeys.Encode(tenantId), TableKeys.Encode(channelId), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>
    /// Puts an index row right, at the ETag it was read with (a relink meanwhile wins): pointing at the team that has
    /// the channel, with no previous team, or away. Best effort: the next read tries again.
    /// </summary>
    public static async Task RepairLinkAsync(TableProvider tables, ChannelLinkEntity row, (string NetworkId, string TeamId)? owner, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NetworkRepository.ChannelLinksTable, cancellationToken);
        try
        {
            if (owner is { } o)
            {
                var repaired = new ChannelLinkEntity { PartitionKey = row.PartitionKey, RowKey = row.RowKey, NetworkId = o.NetworkId, TeamId = o.TeamId };
                await table.UpdateEntityAsync(repaired, row.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            else
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
            }
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // changed meanwhile: that write is newer than what this repair knew
        }
    }

    /// <summary>A member's index row for their (new) Entra id, written before the member row: it counts only once the member row agrees.</summary>
    public static async Task IndexMemberAsync(TableProvider tables, string networkId, Member member, CancellationToken cancellationToken)
    {
        if (member.AadObjectId is { } aad)
        {
            var index = await tables.GetAsync(NetworkRepository.MemberIndexTable, cancellationToken);
            await index.UpsertEntityAsync(MemberRow(networkId, aad, member), TableUpdateMode.Replace, cancellationToken);
        }
    }

    /// <summary>The index row of the Entra id a member no longer has, removed after the member row changed (best effort: reads confirm rows anyway).</summary>
    public static async Task UnindexMemberAsync(TableProvider tables, string networkId, Member? before, Member after, CancellationToken cancellationToken)
    {
        if (before?.AadObjectId is { } oldAad && !string.Equals(oldAad, after.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            var index = await tables.GetAsync(NetworkRepository.MemberIndexTable, cancellationToken);
            await DeleteAtAsync(index, Key(oldAad), networkId + "|" + before.Id, ETag.All, cancellationToken);
        }
    }

    public static async Task<List<MemberIndexEntity>> ReadMembershipsAsync(TableProvider tables, string aadObjectId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NetworkRepository.MemberIndexTable, cancellationToken);
        var key = Key(aadObjectId);
        var list = new List<MemberIndexEntity>();
        await foreach (var e in table.QueryAsync<MemberIndexEntity>(e => e.PartitionKey == key, cancellationToken: cancellationToken))
        {
            list.Add(e);
        }

        return list;
    }

    /// <summary>Removes an index row its member or network row does not confirm, at the ETag it was read with.</summary>
    public static async Task DropMembershipAsync(TableProvider tables, MemberIndexEntity row, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(NetworkRepository.MemberIndexTable, cancellationToken);
        await DeleteAtAsync(index, row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
    }

    private static IEnumerable<MemberIndexEntity> IndexRows(string networkId, NetworkPlan plan)
    {
        foreach (var m in plan.Members.Where(m => m.AadObjectId is not null))
        {
            yield return MemberRow(networkId, m.AadObjectId!, m);
        }

        foreach (var o in plan.Network.Organizers.Where(o => o.AadObjectId is not null))
        {
            yield return new MemberIndexEntity
            {
                PartitionKey = Key(o.AadObjectId!),
                RowKey = networkId + "|" + MemberIndexEntity.OrganizerKey, // "~organizer": not a valid member id
                NetworkId = networkId,
                IsOrganizer = true,
            };
        }
    }

    private static MemberIndexEntity MemberRow(string networkId, string aad, Member m) => new()
    {
        PartitionKey = Key(aad),
        RowKey = networkId + "|" + m.Id,
        NetworkId = networkId,
        TeamId = m.TeamId,
        MemberId = m.Id,
    };

    private static string Key(string aad) => TableKeys.Encode(aad.ToLowerInvariant());

    /// <summary>Removes the channel's index row if it still points to the team (a relink meanwhile keeps its own).</summary>
    public static async Task DeleteLinkAsync(TableProvider tables, ChannelLink link, string networkId, string teamId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var table = await tables.GetAsync(NetworkRepository.ChannelLinksTable, cancellationToken);
        await DeleteOwnedLinkAsync(table, TableKeys.Encode(link.TenantId), TableKeys.Encode(link.ChannelId), networkId, teamId, cancellationToken);
    }

    private static async Task DeleteOwnedLinkAsync(TableClient links, string partitionKey, string rowKey, string networkId, string teamId, CancellationToken cancellationToken)
    {
        var row = await links.GetEntityIfExistsAsync<ChannelLinkEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        if (row.HasValue && row.Value!.NetworkId == networkId && row.Value.TeamId == teamId)
        {
            await DeleteAtAsync(links, row.Value.PartitionKey, row.Value.RowKey, row.Value.ETag, cancellationToken);
        }
    }
}
