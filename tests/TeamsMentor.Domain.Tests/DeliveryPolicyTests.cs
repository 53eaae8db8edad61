using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Domain.Tests;

public sealed class DeliveryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly RetrySettings Settings = new(5, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));

    [Fact]
    public void Decide_Sent_IsFinalAndSent()
    {
        var decision = DeliveryPolicy.Decide(AttemptResult.Sent("1"), 1, Now, Settings, 0.5);
        Assert.Equal(DeliveryState.Sent, decision.State);
    }

    [Fact]
    public void Decide_ThrottledWithRetryAfter_WaitsAtLeastRetryAfter()
    {
        var decision = DeliveryPolicy.Decide(new AttemptResult(AttemptOutcome.Throttled, 429, "Throttled", TimeSpan.FromSeconds(7)), 1, Now, Settings, 0.99);
        Assert.Equal(DeliveryState.Retrying, decision.State);
        Assert.InRange(decision.NextAttemptAt - Now, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8));
        Assert.Contains("429", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 0.0, 1600)]
    [InlineData(1, 1.0, 2400)]
    [InlineData(3, 0.5, 8000)]
    [InlineData(10, 0.5, 60000)]
    public void Backoff_ExponentialWithJitter_CappedAtMax(int attempts, double jitter, double expectedMs)
    {
        Assert.Equal(expectedMs, DeliveryPolicy.Backoff(attempts, Settings, jitter).TotalMilliseconds, 1);
    }

    [Theory]
    [InlineData(AttemptOutcome.Transient, 503)]
    [InlineData(AttemptOutcome.Transient, 412)]
    [InlineData(AttemptOutcome.InDoubt, null)]
    public void Decide_Retryable_BacksOffUntilAttemptsRunOut(AttemptOutcome outcome, int? status)
    {
        var result = new AttemptResult(outcome, status, "x");
        var retry = DeliveryPolicy.Decide(result, 2, Now, Settings, 0.5);
        Assert.Equal(DeliveryState.Retrying, retry.State);
        Assert.Equal(Now + TimeSpan.FromSeconds(4), retry.NextAttemptAt);

        var last = DeliveryPolicy.Decide(result, Settings.MaxAttempts, Now, Settings, 0.5);
        Assert.Equal(DeliveryState.Failed, last.State);
        Assert.Contains("gave up after 5 attempts", last.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_Unreachable_NoRetry()
    {
        var decision = DeliveryPolicy.Decide(new AttemptResult(AttemptOutcome.Unreachable, 403, "MessageWritesBlocked"), 1, Now, Settings, 0.5);
        Assert.Equal(DeliveryState.Unreachable, decision.State);
        Assert.Equal("HTTP 403 MessageWritesBlocked", decision.Reason);
    }

    [Fact]
    public void Decide_Rejected_DeadLettersAtOnce()
    {
        var decision = DeliveryPolicy.Decide(new AttemptResult(AttemptOutcome.Rejected, 413, "MessageSizeTooBig"), 1, Now, Settings, 0.5);
        Assert.Equal(DeliveryState.Failed, decision.State);
        Assert.Equal("HTTP 413 MessageSizeTooBig", decision.Reason);
    }

    [Fact]
    public void RateKey_ThreadInChannel_IsTheChannel()
    {
        var item = new DeliveryItem
        {
            WaveId = "w",
            NetworkId = "n",
            Target = new DeliveryTarget("team|a", "t", "https://smba.trafficmanager.net/emea/", "19:abc@thread.tacv2;messageid=17"),
            Operation = DeliveryOperation.Update,
            State = DeliveryState.Queued,
        };
        Assert.Equal("19:abc@thread.tacv2", item.RateKey);
    }
}
