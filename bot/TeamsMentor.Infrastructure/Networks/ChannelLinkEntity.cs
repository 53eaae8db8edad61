using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>Table <c>ChannelLinks</c>: PartitionKey tenant, RowKey channel id → the team linked to it (a point read per activity).</summary>
public sealed class ChannelLinkEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public string NetworkId { get; set; } = "";
    public string TeamId { get; set; } = "";
}
