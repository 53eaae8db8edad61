namespace TeamsMentor.Domain.Delivery;

/// <summary>One delivery as stored: what to send where, where it stands, and the version (ETag) it was read at.</summary>
public sealed record DeliveryItem
{
    public required string WaveId { get; init; }
    public required string NetworkId { get; init; }
    public required DeliveryTarget Target { get; init; }
    public required DeliveryOperation Operation { get; init; }
    public required DeliveryState State { get; init; }
    public string? ActivityJson { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public string? LeaseOwner { get; init; }
    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>The sent activity's id (Post/NewThread) or the id being updated (Update).</summary>
    public string? ActivityId { get; init; }

    /// <summary>For a new thread: the thread's conversation id (<c>channel;messageid=...</c>), used to update it later.</summary>
    public string? ThreadId { get; init; }

    public string? Reason { get; init; }
    public int? LastStatus { get; init; }
    public DateTimeOffset EnqueuedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>How often a send was repeated because an earlier attempt's result was unknown (a crash or a lost response).</summary>
    public int InDoubtResends { get; init; }

    public string Version { get; init; } = "";

    /// <summary>The conversation the rate limits apply to: the channel for a new thread, else the conversation (without ;messageid).</summary>
    public string RateKey
    {
        get
        {
            var id = Target.ConversationId;
            var cut = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
            return cut < 0 ? id : id[..cut];
        }
    }

    public bool IsFinal => State is DeliveryState.Sent or DeliveryState.Failed or DeliveryState.Unreachable;
}
