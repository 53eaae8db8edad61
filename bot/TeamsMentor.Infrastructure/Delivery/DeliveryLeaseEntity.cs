using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Delivery;

/// <summary>Table <c>DeliveryLeases</c>: PartitionKey <c>lease</c>, RowKey = lease name; who holds it and until when.</summary>
public sealed class DeliveryLeaseEntity : ITableEntity
{
    public const string Partition = "lease";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Owner { get; set; } = "";
    public DateTimeOffset Until { get; set; }
}
