namespace TeamsMentor.Domain.Delivery;

/// <summary>The kinds of attempt outcome the delivery policy tells apart.</summary>
public enum AttemptOutcome
{
    Sent,

    /// <summary>429: wait for Retry-After (or back off) and try again.</summary>
    Throttled,

    /// <summary>412, 502, 503, 504, a timeout or a token hiccup: back off with jitter and try again.</summary>
    Transient,

    /// <summary>The request may have reached Teams but the answer was lost (connection dropped): resend, counted as in doubt.</summary>
    InDoubt,

    /// <summary>403 MessageWritesBlocked or 404: the recipient cannot be reached. No retry.</summary>
    Unreachable,

    /// <summary>Refused for good (400, 401, 403, 413, an untrusted serviceUrl): dead-letter at once.</summary>
    Rejected,
}
