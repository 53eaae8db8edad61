using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>Table <c>Networks</c>, RowKey <c>network</c>: the network's own facts; small lists as JSON.</summary>
public sealed class NetworkEntity : ITableEntity
{
    public const string Key = "network";
    public const int CurrentSchemaVersion = 1;

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = Key;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = CurrentSchemaVersion;
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public DateTime Start { get; set; }
    public DateTime End { get; set; }
    public string TimeZoneId { get; set; } = "";
    public string DefaultLocale { get; set; } = "";

    /// <summary>The evaluation's small-group minimum; 0 on rows from before it was set (the default, 3).</summary>
    public int SmallGroupMinimum { get; set; }
    public string OrganizersJson { get; set; } = "[]";
    public string PhasesJson { get; set; } = "[]";
    public string MunicipalitiesJson { get; set; } = "[]";
    public string ScheduleJson { get; set; } = "{}";

    /// <summary>The status report's questions (the plan's <c>reportItems</c>); empty on networks stored before plans carried them (the defaults).</summary>
    public string? ReportItemsJson { get; set; }

    /// <summary>The organizers' channel (JSON of a ChannelLink), null until linked in Teams.</summary>
    public string? OrganizerChannelJson { get; set; }
}
