using Microsoft.Extensions.Time.Testing;
using TeamsMentor.Bot.Delivery;

namespace TeamsMentor.Bot.Tests;

public sealed class RateGateTests
{
    [Fact]
    public void TryAcquire_OneConversationFlatOut_StaysWithinEveryWindow()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var gate = new RateGate(clock, 50, 0.95, 1.1);
        var sends = new List<DateTimeOffset>();
        for (var step = 0; step < 70_000; step++) // 70 s in 1 ms steps, asking every time
        {
            if (gate.TryAcquire("tenant", "19:channel").Acquired)
            {
                sends.Add(clock.GetUtcNow());
            }

            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        foreach (var (count, seconds) in RateGate.ConversationLimits.Take(3))
        {
            var window = TimeSpan.FromSeconds(seconds);
            var worst = sends.Max(start => sends.Count(t => t >= start && t - start < window));
            Assert.True(worst <= count, $"{worst} sends in {seconds} s (limit {count})");
        }

        Assert.InRange(sends.Count, 125, 140); // 60 per 33 s sets the pace: 60 at once, 60 more after 33 s, the rest after 66 s
    }

    [Fact]
    public void TryAcquire_ManyConversations_EvenTenantPaceBelowLimit()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var gate = new RateGate(clock, 50, 0.95, 1.1);
        var sends = new List<DateTimeOffset>();
        for (var step = 0; step < 10_000; step++)
        {
            if (gate.TryAcquire("tenant", "a:user" + sends.Count).Acquired)
            {
                sends.Add(clock.GetUtcNow());
            }

            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        var worst = sends.Max(start => sends.Count(t => t >= start && t - start < TimeSpan.FromSeconds(1)));
        Assert.InRange(worst, 45, 48);
        Assert.InRange(sends.Count, 470, 480); // 47.5 per second for 10 s
        var decision = gate.TryAcquire("tenant", "a:another");
        Assert.False(decision.ConversationBound);
    }

    [Fact]
    public void Pause_After429_NothingForTenantOrConversationUntilRetryAfter()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var gate = new RateGate(clock, 50, 0.95, 1.1);
        gate.Pause("tenant", "a:one", TimeSpan.FromSeconds(3));

        var other = gate.TryAcquire("tenant", "a:two");
        Assert.False(other.Acquired);
        Assert.Equal(TimeSpan.FromSeconds(3), other.Wait);
        Assert.True(gate.TryAcquire("another-tenant", "a:three").Acquired);

        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.True(gate.TryAcquire("tenant", "a:one").Acquired);
    }

    [Fact]
    public void ReserveRequest_Bursts_SlowStartThenNeverMoreThanPacedPerSecond()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero));
        var gate = new RateGate(clock, 50, 0.95, 1.1);
        int Burst() => Enumerable.Range(0, 100).Count(_ => gate.ReserveRequest("tenant") == TimeSpan.Zero);

        Assert.Equal(23, Burst()); // cold: half of floor(50 x 0.95) in the first second
        Assert.Equal(TimeSpan.FromSeconds(1), gate.ReserveRequest("tenant"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(35, Burst()); // three quarters in the second
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(47, Burst()); // then the full pace, however many arrive at once
        clock.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, Burst());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(47, Burst());
        clock.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(23, Burst()); // quiet for 5 s: slow start again
    }
}
