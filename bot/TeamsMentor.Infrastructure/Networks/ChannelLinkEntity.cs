using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>
/// Table <c>ChannelLinks</c>: PartitionKey tenant, RowKey channel id → the team linked to it (a point read per activity).
/// An index over the team rows, which hold the truth: a row counts only while its team's row names the channel too.
/// <see cref="PreviousNetworkId"/>/<see cref="PreviousTeamId"/> name the team that had the channel before a relink,
/// so a relink cut short after this row was written still finds the team that kept the channel; when that team is in
/// another network (it lets go before the switch), <see cref="PreviousLinkJson"/> is its link, to give it back.
/// </summary>
public sealed class ChannelLinkEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public string NetworkId { get; set; } = "";
    public string TeamId { get; set; } = "";
    public string? PreviousNetworkId { get; set; }
    public string? PreviousTeamId { get; set; }
    public string? PreviousLinkJson { get; set; }
}
