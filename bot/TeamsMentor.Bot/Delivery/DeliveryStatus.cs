namespace TeamsMentor.Bot.Delivery;

/// <summary>What the senders in this instance last saw, for readiness and the ledger: role, lag, totals. Thread-safe.</summary>
public sealed class DeliveryStatus
{
    private long _sent;
    private long _retried;
    private long _failed;
    private long _unreachable;
    private long _throttled;
    private long _inDoubt;

    /// <summary>Roles: this instance holds the sender lease, waits for it, has delivery switched off, or has not decided yet.</summary>
    public const string Sender = "sender";
    public const string Standby = "standby";
    public const string Disabled = "disabled";
    public const string Starting = "starting";

    public DeliveryStatus(TimeProvider time)
    {
        // The outbox gauges (telemetry) read this instance's view: only the sender reports, and a sender that stopped
        // polling (hung, storage failing) shows its silence as lag.
        Telemetry.AppTelemetry.ObserveOutbox(() => Lag(time.GetUtcNow()).TotalSeconds, () => Role == Sender ? DeadLetters : 0, () => Role == Sender ? 1 : 0);
    }

    /// <summary>How overdue the oldest due delivery is now, or how long the sender has not polled if that is longer (zero unless this instance sends).</summary>
    public TimeSpan Lag(DateTimeOffset now)
    {
        if (Role != Sender || LastPollAt is not { } polled)
        {
            return TimeSpan.Zero;
        }

        var waiting = OldestDueAt is { } due && now > due ? now - due : TimeSpan.Zero;
        var silent = now - polled;
        return silent > waiting ? silent : waiting;
    }

    public string Role { get; private set; } = Starting;

    public DateTimeOffset? LastPollAt { get; private set; }

    /// <summary>The due time of the oldest delivery the last poll found (null: nothing was due).</summary>
    public DateTimeOffset? OldestDueAt { get; private set; }

    public DateTimeOffset? StorageFailingSince { get; private set; }

    public int DeadLetters { get; set; }

    public long Sent => Interlocked.Read(ref _sent);
    public long Retried => Interlocked.Read(ref _retried);
    public long Failed => Interlocked.Read(ref _failed);
    public long Unreachable => Interlocked.Read(ref _unreachable);
    public long Throttled => Interlocked.Read(ref _throttled);
    public long InDoubt => Interlocked.Read(ref _inDoubt);

    public void BecameRole(string role) => Role = role;

    public void Polled(DateTimeOffset now, DateTimeOffset? oldestDue)
    {
        LastPollAt = now;
        OldestDueAt = oldestDue;
        StorageFailingSince = null;
    }

    public void StorageFailed(DateTimeOffset now) => StorageFailingSince ??= now;

    public void Count(Domain.Delivery.DeliveryState state, Domain.Delivery.AttemptOutcome outcome)
    {
        Telemetry.AppTelemetry.Counted(outcome.ToString(), state.ToString());
        _ = state switch
        {
            Domain.Delivery.DeliveryState.Sent => Interlocked.Increment(ref _sent),
            Domain.Delivery.DeliveryState.Retrying => Interlocked.Increment(ref _retried),
            Domain.Delivery.DeliveryState.Failed => Interlocked.Increment(ref _failed),
            Domain.Delivery.DeliveryState.Unreachable => Interlocked.Increment(ref _unreachable),
            _ => 0,
        };
        if (outcome == Domain.Delivery.AttemptOutcome.Throttled)
        {
            Interlocked.Increment(ref _throttled);
        }

        if (outcome == Domain.Delivery.AttemptOutcome.InDoubt)
        {
            Interlocked.Increment(ref _inDoubt);
        }
    }
}
