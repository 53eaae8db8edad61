namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// Keeps sends within Teams' limits (bot-protocol.md §6): per conversation 7 per 1 s, 8 per 2 s, 60 per 30 s and 1,800
/// per hour (each window stretched a little), per tenant an even pace at a share of the configured requests per second
/// (TenantPacing) and never more than the configured requests in any sliding second. A 429 pauses the tenant and the conversation for its Retry-After.
/// <para>
/// Teams counts a request when it arrives, which is somewhere between the moment it left and the moment its answer came
/// back. So a request holds its <see cref="RateSlot"/> from the moment it is taken until its answer plus one window:
/// however late or bunched the requests arrive, no window at Teams can then see more than the limit (whichever request
/// of such a window was taken last, every other one was still holding its slot when it was taken).
/// </para>
/// Thread-safe; time comes from the injected clock.
/// </summary>
public sealed class RateGate
{
    /// <summary>Teams' per-conversation limits for sends and conversation creation: (count, window in seconds).</summary>
    public static readonly IReadOnlyList<(int Count, double Seconds)> ConversationLimits = [(7, 1), (8, 2), (60, 30), (1800, 3600)];

    /// <summary>How soon to ask again when the slot that must free up belongs to a request still out.</summary>
    private static readonly TimeSpan InFlightRecheck = TimeSpan.FromMilliseconds(20);

    private readonly object _lock = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly (int Count, TimeSpan Length)[] _tenantLimits;
    private readonly (int Count, TimeSpan Length)[] _conversationLimits;
    private readonly Dictionary<string, List<RateSlot>> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<RateSlot>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _tenantNext = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _tenantPausedUntil = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _conversationPausedUntil = new(StringComparer.Ordinal);
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    public RateGate(TimeProvider time, double tenantPerSecond, double tenantPacing, double windowStretch)
    {
        _time = time;
        _interval = TimeSpan.FromSeconds(1 / (tenantPerSecond * tenantPacing));
        _tenantLimits = [(Math.Max(1, (int)Math.Floor(tenantPerSecond)), TimeSpan.FromSeconds(1))];
        _conversationLimits = [.. ConversationLimits.Select(l => (l.Count, TimeSpan.FromSeconds(l.Seconds * windowStretch)))];
    }

    /// <summary>
    /// Takes a conversation slot for one request to <paramref name="conversation"/> if its windows allow it and neither it
    /// nor the tenant is paused. The tenant's pace is checked later, right before the request leaves (<see cref="ReserveRequest"/>).
    /// </summary>
    public RateDecision TryAcquire(string tenant, string conversation)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(conversation);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            Prune(now);
            var paused = Remaining(_tenantPausedUntil, tenant, now);
            if (paused > TimeSpan.Zero)
            {
                return new RateDecision(null, paused, ConversationBound: false);
            }

            var window = WindowOf(_conversations, conversation);
            var wait = Max(Remaining(_conversationPausedUntil, conversation, now), Wait(window, _conversationLimits, now));
            return wait > TimeSpan.Zero ? new RateDecision(null, wait, ConversationBound: true) : new RateDecision(Take(window, now), TimeSpan.Zero, false);
        }
    }

    /// <summary>
    /// The tenant's check, right before a request leaves: its even pace (no bursts, no catching up after a pause) and at
    /// most the configured number in any sliding second at Teams. Either a slot (go now) or how long to wait before asking again.
    /// </summary>
    public RateDecision ReserveRequest(string tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            var window = WindowOf(_tenants, tenant);
            window.RemoveAll(s => now - s.Answered >= _tenantLimits[0].Length);
            var next = _tenantNext.GetValueOrDefault(tenant, DateTimeOffset.MinValue);
            var wait = Max(Remaining(_tenantPausedUntil, tenant, now), Max(next > now ? next - now : TimeSpan.Zero, Wait(window, _tenantLimits, now)));
            if (wait > TimeSpan.Zero)
            {
                return new RateDecision(null, wait, ConversationBound: false);
            }

            // Keep the even grid when on time (timer granularity must not cost throughput); restart it after a pause.
            _tenantNext[tenant] = (next > DateTimeOffset.MinValue && now - next < _interval ? next : now) + _interval;
            return new RateDecision(Take(window, now), TimeSpan.Zero, false);
        }
    }

    /// <summary>The request's answer came back (whatever it was): its slot counts one window more.</summary>
    public void Answered(RateSlot? slot)
    {
        if (slot is null)
        {
            return;
        }

        lock (_lock)
        {
            slot.Answered ??= _time.GetUtcNow();
        }
    }

    /// <summary>The request never left (the claim failed, or there was nothing to send): its slot is free again.</summary>
    public void Abandon(RateSlot? slot)
    {
        if (slot is null)
        {
            return;
        }

        lock (_lock)
        {
            slot.Window.Remove(slot);
        }
    }

    /// <summary>Teams answered 429: nothing more to this tenant until Retry-After has passed, nor to this conversation.</summary>
    public void Pause(string tenant, string conversation, TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = _time.GetUtcNow() + retryAfter;
            if (_tenantPausedUntil.GetValueOrDefault(tenant, DateTimeOffset.MinValue) < until)
            {
                _tenantPausedUntil[tenant] = until;
            }

            if (_conversationPausedUntil.GetValueOrDefault(conversation, DateTimeOffset.MinValue) < until)
            {
                _conversationPausedUntil[conversation] = until;
            }
        }
    }

    /// <summary>
    /// How long until every limit has room for one more request. A slot counts while its request is out and for one
    /// window after its answer; when the slot that must leave is still out, ask again shortly.
    /// </summary>
    private static TimeSpan Wait(List<RateSlot> window, (int Count, TimeSpan Length)[] limits, DateTimeOffset now)
    {
        var wait = TimeSpan.Zero;
        foreach (var (count, length) in limits)
        {
            if (window.Count < count)
            {
                continue;
            }

            var ends = new List<DateTimeOffset>(window.Count);
            foreach (var slot in window)
            {
                if (slot.Answered is not { } answered)
                {
                    ends.Add(DateTimeOffset.MaxValue);
                }
                else if (now - answered < length)
                {
                    ends.Add(answered);
                }
            }

            if (ends.Count < count)
            {
                continue;
            }

            ends.Sort();
            var leaving = ends[ends.Count - count]; // this many must leave before one more fits
            wait = Max(wait, leaving == DateTimeOffset.MaxValue ? InFlightRecheck : leaving + length - now);
        }

        return wait;
    }

    private static RateSlot Take(List<RateSlot> window, DateTimeOffset now)
    {
        var slot = new RateSlot(window, now);
        window.Add(slot);
        return slot;
    }

    private static List<RateSlot> WindowOf(Dictionary<string, List<RateSlot>> windows, string key)
    {
        if (!windows.TryGetValue(key, out var window))
        {
            windows[key] = window = [];
        }

        return window;
    }

    private static TimeSpan Remaining(Dictionary<string, DateTimeOffset> until, string key, DateTimeOffset now) =>
        until.TryGetValue(key, out var end) && end > now ? end - now : TimeSpan.Zero;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private void Prune(DateTimeOffset now)
    {
        if (now - _lastPrune < TimeSpan.FromMinutes(1))
        {
            return;
        }

        _lastPrune = now;
        var longest = _conversationLimits[^1].Length;
        foreach (var (key, window) in _conversations.ToList())
        {
            window.RemoveAll(s => now - s.Answered >= longest);
            if (window.Count == 0)
            {
                _conversations.Remove(key);
            }
        }

        foreach (var paused in new[] { _tenantPausedUntil, _conversationPausedUntil })
        {
            foreach (var key in paused.Where(p => p.Value <= now).Select(p => p.Key).ToList())
            {
                paused.Remove(key);
            }
        }
    }
}
