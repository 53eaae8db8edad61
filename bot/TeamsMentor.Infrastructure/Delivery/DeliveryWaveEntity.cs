using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Delivery;

/// <summary>
/// Table <c>DeliveryWaves</c>: PartitionKey = network, RowKey = wave id. <see cref="Complete"/> turns true once every
/// delivery is written; <see cref="Open"/> while the wave may have pending deliveries (the senders look only there).
/// </summary>
public sealed class DeliveryWaveEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Kind { get; set; } = "";
    public int? Gathering { get; set; }
    public string? Description { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Targets { get; set; }
    public bool Complete { get; set; }
    public bool Open { get; set; }
}
