using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.OpenScreen;

/// <summary>Table <c>OpenScreen</c>, RowKey <c>s|{session}</c>: one session.</summary>
public sealed class OpenScreenSessionEntity : ITableEntity
{
    public const string Prefix = "s|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = 1;
    public string Topic { get; set; } = "";
    public string? Description { get; set; }
    public DateTimeOffset Start { get; set; }
    public int DurationMinutes { get; set; }

    /// <summary>Invited team ids as JSON; empty = every team.</summary>
    public string TeamIdsJson { get; set; } = "[]";
    public string? JoinUrl { get; set; }
    public string? MeetingEventId { get; set; }
    public string? ScheduledBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
}
