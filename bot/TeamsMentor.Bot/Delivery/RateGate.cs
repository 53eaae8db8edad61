namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// Keeps sends within Teams' limits (bot-protocol.md §6): per conversation 7 per 1 s, 8 per 2 s, 60 per 30 s and 1,800
/// per hour (sliding windows, stretched a little), per tenant an even pace below the configured requests per second
/// (no bursts, no catching up after a pause). A 429 pauses the tenant and the conversation for its Retry-After.
/// Thread-safe; time comes from the injected clock.
/// </summary>
public sealed class RateGate(TimeProvider time, double tenantPerSecond, double tenantPacing, double windowStretch)
{
    /// <summary>Teams' per-conversation limits for sends and conversation creation: (count, window in seconds).</summary>
    public static readonly IReadOnlyList<(int Count, double Seconds)> ConversationLimits = [(7, 1), (8, 2), (60, 30), (1800, 3600)];

    private readonly object _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _tenantNext = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _pausedUntil = new(StringComparer.Ordinal);
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(1 / (tenantPerSecond * tenantPacing));
    private readonly Dictionary<string, Queue<DateTimeOffset>> _posts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTimeOffset Since, DateTimeOffset Last)> _activity = new(StringComparer.Ordinal);
    private readonly int _postsPerSecond = Math.Max(1, (int)Math.Floor(tenantPerSecond * tenantPacing));
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    /// <summary>Takes a slot for one request to <paramref name="conversation"/> in <paramref name="tenant"/> if both allow it now.</summary>
    public RateDecision TryAcquire(string tenant, string conversation)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(conversation);
        lock (_lock)
        {
            var now = time.GetUtcNow();
            Prune(now);
            var conversationWait = ConversationWait(conversation, now);
            if (conversationWait > TimeSpan.Zero)
            {
                return new RateDecision(false, conversationWait, ConversationBound: true);
            }

            var next = _tenantNext.GetValueOrDefault(tenant, DateTimeOffset.MinValue);
            if (next > now)
            {
                return new RateDecision(false, next - now, ConversationBound: false);
            }

            // Keep the even grid when on time (timer granularity must not cost throughput); restart it after a pause
            // instead of catching up, so there is never a burst.
            var slot = next > DateTimeOffset.MinValue && now - next < _interval ? next : now;
            _tenantNext[tenant] = slot + _interval;
            if (!_conversations.TryGetValue(conversation, out var sends))
            {
                _conversations[conversation] = sends = new Queue<DateTimeOffset>();
            }

            sends.Enqueue(now);
            return RateDecision.Go;
        }
    }

    /// <summary>
    /// The last check, right before a request leaves: at most the paced number per second in any sliding second. A slot
    /// taken with <see cref="TryAcquire"/> is followed by a storage write whose latency varies; this keeps a storage
    /// hiccup from releasing several requests at once. Zero: go (and counted); otherwise wait that long and ask again.
    /// </summary>
    public TimeSpan ReserveRequest(string tenant)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (!_posts.TryGetValue(tenant, out var posts))
            {
                _posts[tenant] = posts = new Queue<DateTimeOffset>();
            }

            while (posts.Count > 0 && now - posts.Peek() >= TimeSpan.FromSeconds(1))
            {
                posts.Dequeue();
            }

            // Slow start after 5 quiet seconds: requests on cold connections (and a just-started process) arrive late
            // and bunched, so the first second allows half the pace and the next three quarters.
            var (since, last) = _activity.TryGetValue(tenant, out var a) && now - a.Last < TimeSpan.FromSeconds(5) ? a : (now, now);
            var active = now - since;
            var allowed = active < TimeSpan.FromSeconds(1) ? _postsPerSecond / 2 : active < TimeSpan.FromSeconds(2) ? _postsPerSecond * 3 / 4 : _postsPerSecond;
            if (posts.Count >= Math.Max(1, allowed))
            {
                _activity[tenant] = (since, last);
                return posts.Peek() + TimeSpan.FromSeconds(1) - now;
            }

            _activity[tenant] = (since, now);
            posts.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>Teams answered 429: nothing more to this tenant until Retry-After has passed, nor to this conversation.</summary>
    public void Pause(string tenant, string conversation, TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (_tenantNext.GetValueOrDefault(tenant, DateTimeOffset.MinValue) < until)
            {
                _tenantNext[tenant] = until;
            }

            if (_pausedUntil.GetValueOrDefault(conversation, DateTimeOffset.MinValue) < until)
            {
                _pausedUntil[conversation] = until;
            }
        }
    }

    private TimeSpan ConversationWait(string conversation, DateTimeOffset now)
    {
        var wait = _pausedUntil.TryGetValue(conversation, out var paused) && paused > now ? paused - now : TimeSpan.Zero;
        if (!_conversations.TryGetValue(conversation, out var sends))
        {
            return wait;
        }

        var longest = TimeSpan.FromSeconds(ConversationLimits[^1].Seconds * windowStretch);
        while (sends.Count > 0 && now - sends.Peek() > longest)
        {
            sends.Dequeue();
        }

        var history = sends.ToArray(); // oldest first
        foreach (var (count, seconds) in ConversationLimits)
        {
            var window = TimeSpan.FromSeconds(seconds * windowStretch);
            if (history.Length < count)
            {
                continue;
            }

            // The count-th newest send must have left the window before another may go.
            var blocking = history[^count];
            var free = blocking + window - now;
            if (free > wait)
            {
                wait = free;
            }
        }

        return wait;
    }

    private void Prune(DateTimeOffset now)
    {
        if (now - _lastPrune < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastPrune = now;
        var longest = TimeSpan.FromSeconds(ConversationLimits[^1].Seconds * windowStretch);
        foreach (var key in _conversations.Where(c => c.Value.Count == 0 || now - c.Value.Last() > longest).Select(c => c.Key).ToList())
        {
            _conversations.Remove(key);
        }

        foreach (var key in _pausedUntil.Where(p => p.Value <= now).Select(p => p.Key).ToList())
        {
            _pausedUntil.Remove(key);
        }
    }
}
