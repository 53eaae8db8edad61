using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Delivery;

/// <summary>Table <c>DeliveryDeadLetters</c>: PartitionKey = network, RowKey = wave + target; one row per dead-lettered delivery.</summary>
public sealed class DeadLetterEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string WaveId { get; set; } = "";
    public string TargetKey { get; set; } = "";
    public string? Reason { get; set; }
    public DateTimeOffset At { get; set; }
}
