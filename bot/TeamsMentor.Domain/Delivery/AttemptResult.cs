namespace TeamsMentor.Domain.Delivery;

/// <summary>What one send attempt came to, as the delivery policy needs it (mapped from the connector's answer).</summary>
public sealed record AttemptResult(
    AttemptOutcome Outcome,
    int? StatusCode = null,
    string? ErrorCode = null,
    TimeSpan? RetryAfter = null,
    string? ActivityId = null,
    string? ThreadId = null)
{
    public static AttemptResult Sent(string? activityId, string? threadId = null) => new(AttemptOutcome.Sent, 200, null, null, activityId, threadId);
}
