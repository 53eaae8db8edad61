using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.FollowUps;

/// <summary>Table <c>FollowUps</c>, PartitionKey the network, RowKey the follow-up's id: one follow-up (veiledning).</summary>
public sealed class FollowUpEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = 1;
    public string TeamId { get; set; } = "";
    public int Period { get; set; }
    public string Mode { get; set; } = "";
    public DateTimeOffset Start { get; set; }
    public int DurationMinutes { get; set; }
    public string State { get; set; } = "";
    public string? AdvisorId { get; set; }
    public string? JoinUrl { get; set; }
    public string? MeetingEventId { get; set; }
    public DateTimeOffset? ProposedStart { get; set; }

    /// <summary>The organizers' own notes (never shown to the team).</summary>
    public string? Notes { get; set; }
    public string BookedBy { get; set; } = "";
    public DateTimeOffset ChangedAt { get; set; }
    public int Revision { get; set; }
}
