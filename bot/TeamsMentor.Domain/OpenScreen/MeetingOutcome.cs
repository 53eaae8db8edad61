namespace TeamsMentor.Domain.OpenScreen;

/// <summary>How a call about the meeting went.</summary>
public enum MeetingOutcome
{
    Done,

    /// <summary>No organizer mailbox configured.</summary>
    NotConfigured,

    /// <summary>Refused (401/403): no permission, or the application access policy does not cover the mailbox.</summary>
    Refused,

    /// <summary>The event (or meeting) does not exist (any more).</summary>
    NotFound,

    /// <summary>Throttled (429) longer than worth waiting for in a card action.</summary>
    Throttled,

    /// <summary>Graph failed (5xx, a timeout, the network) or refused the request as malformed.</summary>
    Unavailable,
}
