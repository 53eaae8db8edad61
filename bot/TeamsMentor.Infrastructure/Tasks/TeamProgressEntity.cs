using Azure;
using Azure.Data.Tables;
using TeamsMentor.Infrastructure.Networks;

namespace TeamsMentor.Infrastructure.Tasks;

/// <summary>Table <c>TeamProgress</c>: PartitionKey <c>{network}|{team}</c> (a team's plan is one partition), RowKey task id.</summary>
public sealed class TeamProgressEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public string TeamId { get; set; } = "";
    public string State { get; set; } = "";
    public string? OwnerMemberId { get; set; }
    public string StepsJson { get; set; } = "[]";

    /// <summary>Set by the app's clock on each save; rows from before it have the table's own timestamp instead.</summary>
    public DateTimeOffset? UpdatedAt { get; set; }
}
