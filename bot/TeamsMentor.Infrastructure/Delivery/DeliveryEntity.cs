using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Delivery;

/// <summary>
/// Table <c>Deliveries</c>: one row per delivery. PartitionKey = wave id, RowKey = target key (an update of a sent card:
/// target key + <c>~u</c>). <see cref="Pending"/> with <see cref="NextAttemptAt"/> is what the senders query; a claim
/// sets NextAttemptAt to the claim's end, so a claim whose sender died becomes due again by itself.
/// </summary>
public sealed class DeliveryEntity : ITableEntity
{
    public const string UpdateSuffix = "~u";
    public const string DeleteSuffix = "~d";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string NetworkId { get; set; } = "";
    public string TargetKey { get; set; } = "";
    public string Operation { get; set; } = "";
    public string State { get; set; } = "";
    public bool Pending { get; set; }
    public string TenantId { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string? Recipient { get; set; }
    public string? Payload0 { get; set; }
    public string? Payload1 { get; set; }
    public string? Payload2 { get; set; }
    public string? Payload3 { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public string? ActivityId { get; set; }
    public string? ThreadId { get; set; }
    public string? Reason { get; set; }
    public int? LastStatus { get; set; }
    public DateTimeOffset EnqueuedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int InDoubtResends { get; set; }

    /// <summary>A queued update of the card sent to <paramref name="target"/> in the wave <paramref name="partition"/> (its <c>~u</c> row); the newest content wins.</summary>
    /// <param name="activityId">The card's message, when known; otherwise the sender takes it (and the thread) from the card's delivery.</param>
    public static DeliveryEntity Update(string partition, string networkId, DeliveryTarget target, string? activityId, IReadOnlyList<string?> chunks, DateTimeOffset now) =>
        FollowUp(DeliveryOperation.Update, partition, networkId, target, activityId, chunks, now);

    /// <summary>A row that acts on a message already sent (update or delete), beside the delivery that sent it.</summary>
    public static DeliveryEntity FollowUp(DeliveryOperation operation, string partition, string networkId, DeliveryTarget target, string? activityId,
        IReadOnlyList<string?> chunks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(chunks);
        return new DeliveryEntity
        {
            PartitionKey = partition,
            RowKey = RowKeyFor(target.Key, operation),
            NetworkId = networkId,
            TargetKey = target.Key,
            Operation = operation.ToString(),
            State = nameof(DeliveryState.Queued),
            Pending = true,
            TenantId = target.TenantId,
            ServiceUrl = target.ServiceUrl,
            ConversationId = target.ConversationId,
            Recipient = target.Recipient,
            ActivityId = activityId,
            Payload0 = chunks[0],
            Payload1 = chunks[1],
            Payload2 = chunks[2],
            Payload3 = chunks[3],
            NextAttemptAt = now,
            EnqueuedAt = now,
            UpdatedAt = now,
        };
    }

    public static string RowKeyFor(string targetKey, DeliveryOperation operation) =>
        TableKeys.Encode(targetKey) + operation switch { DeliveryOperation.Update => UpdateSuffix, DeliveryOperation.Delete => DeleteSuffix, _ => "" };

    public DeliveryItem ToDomain() => new()
    {
        WaveId = TableKeys.Decode(PartitionKey),
        NetworkId = NetworkId,
        Target = new DeliveryTarget(TargetKey, TenantId, ServiceUrl, ConversationId, Recipient),
        Operation = Enum.TryParse<DeliveryOperation>(Operation, out var op) ? op : DeliveryOperation.Post,
        State = Enum.TryParse<DeliveryState>(State, out var state) ? state : DeliveryState.Queued,
        ActivityJson = PayloadChunks.Join(Payload0, Payload1, Payload2, Payload3),
        Attempts = Attempts,
        NextAttemptAt = NextAttemptAt,
        LeaseOwner = string.IsNullOrEmpty(LeaseOwner) ? null : LeaseOwner,
        LeaseUntil = LeaseUntil,
        ActivityId = string.IsNullOrEmpty(ActivityId) ? null : ActivityId,
        ThreadId = string.IsNullOrEmpty(ThreadId) ? null : ThreadId,
        Reason = string.IsNullOrEmpty(Reason) ? null : Reason,
        LastStatus = LastStatus,
        EnqueuedAt = EnqueuedAt,
        SentAt = SentAt,
        UpdatedAt = UpdatedAt,
        InDoubtResends = InDoubtResends,
        Version = ETag.ToString(),
    };

    public static DeliveryEntity Create(WaveRequest wave, DeliveryRequest request)
    {
        var chunks = PayloadChunks.Split(request.ActivityJson);
        return new DeliveryEntity
        {
            PartitionKey = TableKeys.Encode(wave.WaveId),
            RowKey = RowKeyFor(request.Target.Key, request.Operation),
            NetworkId = wave.NetworkId,
            TargetKey = request.Target.Key,
            Operation = request.Operation.ToString(),
            State = nameof(DeliveryState.Queued),
            Pending = true,
            TenantId = request.Target.TenantId,
            ServiceUrl = request.Target.ServiceUrl,
            ConversationId = request.Target.ConversationId,
            Recipient = request.Target.Recipient,
            Payload0 = chunks[0],
            Payload1 = chunks[1],
            Payload2 = chunks[2],
            Payload3 = chunks[3],
            NextAttemptAt = wave.CreatedAt,
            EnqueuedAt = wave.CreatedAt,
            UpdatedAt = wave.CreatedAt,
        };
    }
}
