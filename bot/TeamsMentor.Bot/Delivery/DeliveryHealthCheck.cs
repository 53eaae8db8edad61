using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// Readiness of the outbox: Degraded when a due delivery waited longer than <see cref="DeliveryOptions.MaxLag"/>, the
/// sender has not polled lately, or there are dead letters; the figures are in the response either way. (Storage
/// itself is the <c>storage</c> check: Unhealthy, so 503, while it cannot be reached.)
/// </summary>
public sealed class DeliveryHealthCheck(DeliveryStatus status, IOptions<DeliveryOptions> options, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var lag = status.OldestDueAt is { } due && due < now ? now - due : TimeSpan.Zero;
        var data = new Dictionary<string, object>
        {
            ["role"] = status.Role,
            ["lagSeconds"] = Math.Round(lag.TotalSeconds, 1),
            ["deadLetters"] = status.DeadLetters,
            ["sent"] = status.Sent,
            ["retried"] = status.Retried,
            ["failed"] = status.Failed,
            ["unreachable"] = status.Unreachable,
            ["throttled"] = status.Throttled,
        };
        if (status.LastPollAt is { } polled)
        {
            data["lastPollSecondsAgo"] = Math.Round((now - polled).TotalSeconds, 1);
        }

        if (status.StorageFailingSince is { } failing)
        {
            data["storageFailingSeconds"] = Math.Round((now - failing).TotalSeconds, 1);
            return Task.FromResult(HealthCheckResult.Unhealthy("The outbox cannot reach storage.", data: data));
        }

        if (status.Role != DeliveryStatus.Sender)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"Delivery: {status.Role}.", data));
        }

        var problems = new List<string>();
        if (lag > o.MaxLag)
        {
            problems.Add($"outbox lag {lag.TotalSeconds:0} s");
        }

        if (status.LastPollAt is { } last && now - last > o.PollInterval + o.LeaseDuration + TimeSpan.FromSeconds(30))
        {
            problems.Add($"no poll for {(now - last).TotalSeconds:0} s");
        }

        if (status.DeadLetters > 0)
        {
            problems.Add($"{status.DeadLetters} dead letters");
        }

        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("Delivery: sending.", data)
            : HealthCheckResult.Degraded("Delivery: " + string.Join(", ", problems) + ".", data: data));
    }
}
