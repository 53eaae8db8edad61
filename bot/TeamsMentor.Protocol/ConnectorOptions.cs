namespace TeamsMentor.Protocol;

/// <summary>Configuration section <c>Bot:Connector</c>: where the bot's token may go, and how calls are retried.</summary>
public sealed class ConnectorOptions
{
    /// <summary>The hosts trusted when <see cref="TrustedHosts"/> is not configured (bot-protocol.md §2.1).</summary>
    public static readonly IReadOnlyList<string> DefaultTrustedHosts =
    [
        "botframework.com",
        "botframework.us",
        "botframework.azure.us",
        "botframework.azure.cn",
        "smba.trafficmanager.net",
        "teams.microsoft.com",
        "teams.microsoft.us",
        "botapi.skype.com",
    ];

    /// <summary>
    /// Hosts (exact, or any dot-subdomain) that may receive the bot's token, over https only. Empty: the defaults.
    /// Configuring it replaces the defaults. <c>smba.trafficmanager.net</c> is matched exactly (trafficmanager.net is shared).
    /// </summary>
    public IList<string> TrustedHosts { get; } = [];

    public IReadOnlyList<string> EffectiveTrustedHosts => TrustedHosts.Count == 0 ? DefaultTrustedHosts : [.. TrustedHosts];

    /// <summary>The token scope for the Bot Connector.</summary>
    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Attempts per call for 412/429/502/503/504 and transport errors (1 = no retry).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>First backoff delay when no Retry-After is given; doubled per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A Retry-After longer than this is not waited for inline; the call returns Throttled (or Failed) for the caller to reschedule.</summary>
    public TimeSpan MaxInlineRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// All attempts of one call together stay within this, so a reply inside an inbound turn finishes well before the
    /// Bot Service's 15 s limit; what does not fit is returned as an outcome for the caller to retry later.
    /// </summary>
    public TimeSpan MaxInlineDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Outgoing activities larger than this (UTF-8 JSON bytes) are refused before sending; Teams' limit is about 100 KB.</summary>
    public int MaxActivityBytes { get; set; } = 80 * 1024;
}
