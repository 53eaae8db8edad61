namespace TeamsMentor.Protocol.Connector;

/// <summary>What became of a connector call. Calls return this instead of throwing.</summary>
public enum ConnectorOutcome
{
    /// <summary>The connector accepted the call (for reads: answered it).</summary>
    Sent,

    /// <summary>429 and the retries (or the Retry-After) did not fit inline: try again after <c>RetryAfter</c>.</summary>
    Throttled,

    /// <summary>403 MessageWritesBlocked, or 404: the user blocked or removed the bot, or the conversation is gone. Do not retry.</summary>
    RecipientGone,

    /// <summary>Anything else: see <c>StatusCode</c> and <c>ErrorCode</c>.</summary>
    Failed,
}
