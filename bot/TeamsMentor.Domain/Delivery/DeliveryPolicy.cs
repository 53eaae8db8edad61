namespace TeamsMentor.Domain.Delivery;

/// <summary>
/// The retry rules for proactive messages (Teams "rate limiting for bots"): honour Retry-After on 429, otherwise
/// exponential backoff with jitter for 412/429/502/503/504 and lost answers, a bounded number of attempts and then
/// dead-letter with the reason; 403 MessageWritesBlocked and 404 make the recipient unreachable without a retry. Pure.
/// </summary>
public static class DeliveryPolicy
{
    /// <param name="attempts">Attempts made so far, including the one that produced <paramref name="result"/>.</param>
    /// <param name="jitter">A random number in [0, 1) that spreads retries (0.8x to 1.2x the backoff).</param>
    public static DeliveryDecision Decide(AttemptResult result, int attempts, DateTimeOffset now, RetrySettings settings, double jitter)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(settings);
        switch (result.Outcome)
        {
            case AttemptOutcome.Sent:
                return new DeliveryDecision(DeliveryState.Sent, now, null);
            case AttemptOutcome.Unreachable:
                return new DeliveryDecision(DeliveryState.Unreachable, now, Describe(result));
            case AttemptOutcome.Rejected:
                return new DeliveryDecision(DeliveryState.Failed, now, Describe(result));
        }

        if (attempts >= settings.MaxAttempts)
        {
            return new DeliveryDecision(DeliveryState.Failed, now, $"{Describe(result)}; gave up after {attempts} attempts");
        }

        var wait = result.Outcome == AttemptOutcome.Throttled && result.RetryAfter is { } retryAfter
            ? Max(retryAfter, TimeSpan.FromMilliseconds(100)) + (settings.BaseDelay * jitter * 0.25) // spread the herd a little beyond Retry-After
            : Backoff(attempts, settings, jitter);
        return new DeliveryDecision(DeliveryState.Retrying, now + wait, Describe(result));
    }

    /// <summary>BaseDelay × 2^(attempt-1), capped at MaxDelay, times 0.8–1.2.</summary>
    public static TimeSpan Backoff(int attempts, RetrySettings settings, double jitter)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var raw = Math.Min(settings.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), settings.MaxDelay.TotalMilliseconds);
        var spread = raw * (0.8 + (0.4 * Math.Clamp(jitter, 0, 1)));
        return TimeSpan.FromMilliseconds(Math.Min(spread, settings.MaxDelay.TotalMilliseconds));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static string Describe(AttemptResult result) =>
        (result.StatusCode, result.ErrorCode) switch
        {
            (null, null) => result.Outcome.ToString(),
            (null, { } code) => code,
            ({ } status, null) => $"HTTP {status}",
            ({ } status, { } code) => $"HTTP {status} {code}",
        };
}
