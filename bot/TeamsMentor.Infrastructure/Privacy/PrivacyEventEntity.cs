using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Privacy;

/// <summary>
/// Table <c>PrivacyEvents</c>, PartitionKey <c>erasure</c>, RowKey newest first (inverted ticks, then the id): one
/// erasure, with who asked and the counts, never who was erased.
/// </summary>
public sealed class PrivacyEventEntity : ITableEntity
{
    public const string ErasurePartition = "erasure";

    public string PartitionKey { get; set; } = ErasurePartition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string EventId { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string RequestedBy { get; set; } = "";
    public string? NetworkId { get; set; }
    public bool Shared { get; set; }
    public int Deleted { get; set; }
    public int Changed { get; set; }
    public string Reason { get; set; } = "";
}
