using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// The lease that makes one instance the sender (so the rate limits hold for the whole app). Renewed every third of its
/// duration; the holder stops claiming as soon as it can no longer prove it holds the lease.
/// </summary>
public sealed class SenderLease(IDeliveryStore store, TimeProvider time, TimeSpan duration, string instance)
{
    public const string Name = "senders";
    private DateTimeOffset? _validUntil;
    private DateTimeOffset _lastTry = DateTimeOffset.MinValue;

    /// <summary>How long until the lease is due for renewal (zero when it is due now).</summary>
    public TimeSpan UntilRenewal
    {
        get
        {
            var left = _lastTry + (duration / 3) - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>True while the lease is ours, with a safety margin for clock and storage delays.</summary>
    public bool IsHeld => _validUntil is { } until && time.GetUtcNow() < until - (duration / 4);

    /// <summary>Renews (or tries to take) the lease when a third of it has passed. True when it was just taken (not renewed).</summary>
    public async Task<bool> RenewIfDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (IsHeld && now - _lastTry < duration / 3)
        {
            return false;
        }

        var wasHeld = IsHeld;
        _lastTry = now;
        if (await store.TryAcquireLeaseAsync(Name, instance, now, duration, cancellationToken))
        {
            _validUntil = now + duration;
            return !wasHeld;
        }

        _validUntil = null;
        return false;
    }
}
