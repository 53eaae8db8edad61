namespace TeamsMentor.Protocol;

/// <summary>Configuration section <c>Bot:Connector</c>: where the bot's token may go, and how calls are retried.</summary>
public sealed class ConnectorOptions
{
    /// <summary>
    /// Hosts (exact, or any dot-subdomain) that may receive the bot's token, over https only (bot-protocol.md §2.1).
    /// <c>smba.trafficmanager.net</c> is matched exactly because trafficmanager.net is shared.
    /// </summary>
    public IList<string> TrustedHosts { get; } =
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

    /// <summary>The token scope for the Bot Connector.</summary>
    public string Scope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Attempts per call for 412/429/502/503/504 and transport errors (1 = no retry).</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>First backoff delay when no Retry-After is given; doubled per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>A Retry-After longer than this is not waited for inline; the call returns Throttled for the caller to reschedule.</summary>
    public TimeSpan MaxInlineRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Outgoing activities larger than this (UTF-8 JSON bytes) are refused before sending; Teams' limit is about 100 KB.</summary>
    public int MaxActivityBytes { get; set; } = 80 * 1024;
}
