namespace TeamsMentor.Domain.Delivery;

/// <summary>Where one delivery (one message to one recipient) stands. The ledger shows these.</summary>
public enum DeliveryState
{
    /// <summary>In the outbox, not tried yet.</summary>
    Queued,

    /// <summary>Claimed by a sender and possibly on the wire: the attempt is recorded before the request goes out.</summary>
    Sending,

    /// <summary>An attempt failed in a way worth retrying (throttled, 5xx, network); waits for <c>NextAttemptAt</c>.</summary>
    Retrying,

    /// <summary>Teams accepted it; the activity id is kept for later updates.</summary>
    Sent,

    /// <summary>Dead-lettered: refused for good or out of attempts; the reason says why.</summary>
    Failed,

    /// <summary>The recipient blocked or removed the app, or the conversation is gone (403 MessageWritesBlocked, 404). Not retried.</summary>
    Unreachable,
}
