namespace TeamsMentor.Testing;

/// <summary>
/// How the fake Teams connector behaves. Defaults follow Teams' documented limits: per conversation 7/1 s, 8/2 s,
/// 60/30 s, 1,800/h; per tenant (bot) 50/s; about 100 KB per message. Mutable while it runs (a storm can be started).
/// </summary>
public sealed class FakeConnectorSettings
{
    public IReadOnlyList<(int Count, TimeSpan Window)> ConversationLimits { get; set; } =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    public int TenantPerSecond { get; set; } = 50;

    public int MaxBodyBytes { get; set; } = 100 * 1024;

    /// <summary>Share of requests (0-1) answered 503 / 502 / 500 at random (seeded, so runs repeat).</summary>
    public double ServerErrorRate { get; set; }

    public int Seed { get; set; } = 42;

    /// <summary>Until then every request gets 429 with <see cref="StormRetryAfter"/>.</summary>
    public DateTimeOffset StormUntil { get; set; } = DateTimeOffset.MinValue;

    public TimeSpan StormRetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Conversations (or users, by id) that blocked the bot: 403 with subCode MessageWritesBlocked.</summary>
    public HashSet<string> Blocked { get; } = new(StringComparer.Ordinal);

    /// <summary>Conversations that no longer exist: 404.</summary>
    public HashSet<string> Gone { get; } = new(StringComparer.Ordinal);

    /// <summary>Extra latency per request (to play a slow connector).</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;
}
