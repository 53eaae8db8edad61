using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>Keeps the <c>ChannelLinks</c> and <c>MemberIndex</c> lookup tables in step with the network rows.</summary>
internal static class NetworkLookups
{
    public static async Task SyncAsync(TableProvider tables, string networkId, NetworkPartition before, NetworkPlan after, CancellationToken cancellationToken)
    {
        var oldTeams = before.Teams.Select(NetworkRows.To).ToList();
        foreach (var old in oldTeams.Where(o => o.Channel is not null))
        {
            var now = after.Teams.FirstOrDefault(t => t.Id == old.Id);
            if (now?.Channel?.ChannelId != old.Channel!.ChannelId)
            {
                await DeleteLinkAsync(tables, old.Channel, networkId, old.Id, cancellationToken);
            }
        }

        // Only links that are new or changed are written, and never over a row that now points to another team:
        // re-importing an unchanged plan must not undo a relink made in Teams.
        foreach (var team in after.Teams.Where(t => t.Channel is not null))
        {
            var old = oldTeams.FirstOrDefault(o => o.Id == team.Id)?.Channel;
            if (old?.ChannelId != team.Channel!.ChannelId)
            {
                await UpsertLinkAsync(tables, networkId, team.Id, team.Channel, cancellationToken);
            }
        }

        var index = await tables.GetAsync(NetworkRepository.MemberIndexTable, cancellationToken);
        var wanted = IndexRows(networkId, after).GroupBy(e => (e.PartitionKey, e.RowKey)).ToDictionary(g => g.Key, g => g.First());
        var oldNetwork = before.Network is null ? null : NetworkRows.To(before.Network);
        var oldPlan = oldNetwork is null ? null : new NetworkPlan { Network = oldNetwork, Members = [.. before.Members.Select(NetworkRows.To)] };
        foreach (var stale in (oldPlan is null ? [] : IndexRows(networkId, oldPlan)).DistinctBy(e => (e.PartitionKey, e.RowKey)).Where(e => !wanted.ContainsKey((e.PartitionKey, e.RowKey))))
        {
            await index.DeleteEntityAsync(stale.PartitionKey, stale.RowKey, ETag.All, cancellationToken);
        }

        foreach (var row in wanted.Values)
        {
            await index.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }
    }

    public static async Task MoveChannelAsync(TableProvider tables, string networkId, string teamId, ChannelLink? previous, ChannelLink current, CancellationToken cancellationToken)
    {
        if (previous is not null && previous.ChannelId != current.ChannelId)
        {
            await DeleteLinkAsync(tables, previous, networkId, teamId, cancellationToken);
        }

        await UpsertLinkAsync(tables, networkId, teamId, current, cancellationToken);
    }

    public static async Task MoveMemberAsync(TableProvider tables, string networkId, Member? before, Member after, CancellationToken cancellationToken)
    {
        var index = await tables.GetAsync(NetworkRepository.MemberIndexTable, cancellationToken);
        if (before?.AadObjectId is { } oldAad && !string.Equals(oldAad, after.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            await index.DeleteEntityAsync(Key(oldAad), networkId + "|" + before.Id, ETag.All, cancellationToken);
        }

        if (after.AadObjectId is { } aad)
        {
            await index.UpsertEntityAsync(MemberRow(networkId, aad, after), TableUpdateMode.Replace, cancellationToken);
        }
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

    private static async Task UpsertLinkAsync(TableProvider tables, string networkId, string teamId, ChannelLink link, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NetworkRepository.ChannelLinksTable, cancellationToken);
        await table.UpsertEntityAsync(new ChannelLinkEntity
        {
            PartitionKey = TableKeys.Encode(link.TenantId),
            RowKey = TableKeys.Encode(link.ChannelId),
            NetworkId = networkId,
            TeamId = teamId,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    private static async Task DeleteLinkAsync(TableProvider tables, ChannelLink link, string networkId, string teamId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(NetworkRepository.ChannelLinksTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<ChannelLinkEntity>(TableKeys.Encode(link.TenantId), TableKeys.Encode(link.ChannelId), cancellationToken: cancellationToken);
        if (row.HasValue && row.Value!.NetworkId == networkId && row.Value.TeamId == teamId)
        {
            await table.DeleteEntityAsync(row.Value.PartitionKey, row.Value.RowKey, row.Value.ETag, cancellationToken);
        }
    }
}
