using Azure.Data.Tables;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>The rows of one network's partition, sorted by kind, and the plan they make.</summary>
internal sealed class NetworkPartition
{
    public NetworkEntity? Network { get; private set; }
    public List<GatheringEntity> Gatherings { get; } = [];
    public List<TeamEntity> Teams { get; } = [];
    public List<MemberEntity> Members { get; } = [];
    public List<TaskEntity> Tasks { get; } = [];
    public List<EvaluationItemEntity> Items { get; } = [];
    /// <summary>Every row's key and the ETag it was read with.</summary>
    public Dictionary<string, Azure.ETag> ETags { get; } = new(StringComparer.Ordinal);
    /// <summary>Every row as read, by key (a journaled write checks them to finish what it started).</summary>
    public Dictionary<string, TableEntity> Rows { get; } = new(StringComparer.Ordinal);
    /// <summary>The rows of a plan write that has not finished (<see cref="ImportJournal"/>); none normally.</summary>
    public List<TableEntity> Journal { get; } = [];

    public void Add(TableEntity row)
    {
        if (ImportJournal.IsJournalKey(row.RowKey))
        {
            Journal.Add(row);
            return;
        }

        ETags[row.RowKey] = row.ETag;
        Rows[row.RowKey] = row;
        var key = row.RowKey;
        if (key == NetworkEntity.Key)
        {
            Network = EntityReader.As<NetworkEntity>(row);
        }
        else if (key.StartsWith(GatheringEntity.Prefix, StringComparison.Ordinal))
        {
            Gatherings.Add(EntityReader.As<GatheringEntity>(row));
        }
        else if (key.StartsWith(TeamEntity.Prefix, StringComparison.Ordinal))
        {
            Teams.Add(EntityReader.As<TeamEntity>(row));
        }
        else if (key.StartsWith(MemberEntity.Prefix, StringComparison.Ordinal))
        {
            Members.Add(EntityReader.As<MemberEntity>(row));
        }
        else if (key.StartsWith(TaskEntity.Prefix, StringComparison.Ordinal))
        {
            Tasks.Add(EntityReader.As<TaskEntity>(row));
        }
        else if (key.StartsWith(EvaluationItemEntity.Prefix, StringComparison.Ordinal))
        {
            Items.Add(EntityReader.As<EvaluationItemEntity>(row));
        }
    }

    public NetworkPlan ToPlan()
    {
        var network = NetworkRows.To(Network!);
        var zone = NetworkPlanRules.SafeZone(network);
        return new NetworkPlan
        {
            Network = network,
            Gatherings = [.. Gatherings.OrderBy(g => g.Number).Select(g => NetworkRows.To(g, zone))],
            Teams = [.. Teams.OrderBy(t => t.Order).ThenBy(t => t.TeamId, StringComparer.Ordinal).Select(NetworkRows.To)],
            Members = [.. Members.OrderBy(m => m.Order).ThenBy(m => m.MemberId, StringComparer.Ordinal).Select(NetworkRows.To)],
            Tasks = [.. Tasks.OrderBy(t => t.Order).Select(t => NetworkRows.To(t, zone))],
            EvaluationItems = [.. Items.OrderBy(i => i.Order).Select(NetworkRows.To)],
            ReportItems = StoredJson.Read<IReadOnlyList<ReportItem>?>(Network!.ReportItemsJson, null) ?? ReportItems.Defaults,
        };
    }
}
