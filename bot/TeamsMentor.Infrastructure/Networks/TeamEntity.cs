using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>Table <c>Networks</c>, RowKey <c>team|{id}</c>: the team and, once linked, its Teams channel.</summary>
public sealed class TeamEntity : ITableEntity
{
    public const string Prefix = "team|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public string TeamId { get; set; } = "";
    public string MunicipalityId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public string? ContactPersonId { get; set; }
    public string? AdvisorId { get; set; }
    public string? ChannelTenantId { get; set; }
    public string? ChannelTeamsTeamId { get; set; }
    public string? ChannelId { get; set; }
    public string? ChannelServiceUrl { get; set; }
    public DateTimeOffset? ChannelLinkedAt { get; set; }
    public string? ChannelLinkedBy { get; set; }

    /// <summary>Keeps the plan's order.</summary>
    public int Order { get; set; }
}
