namespace TeamsMentor.Domain.OpenScreen;

/// <summary>The outcome, and for a created or updated event its id and join link.</summary>
public sealed record MeetingResult(MeetingOutcome Outcome, string? EventId = null, string? JoinUrl = null, TimeSpan? RetryAfter = null)
{
    public bool IsDone => Outcome == MeetingOutcome.Done;

    public static MeetingResult Failed(MeetingOutcome outcome, TimeSpan? retryAfter = null) => new(outcome, RetryAfter: retryAfter);
}
