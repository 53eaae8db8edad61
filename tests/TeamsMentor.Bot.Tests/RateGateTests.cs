using Microsoft.Extensions.Time.Testing;
using TeamsMentor.Bot.Delivery;

namespace TeamsMentor.Bot.Tests;

public sealed class RateGateTests
{
    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void OneConversationFlatOut_WithSlowAnswers_NoWindowAtTeamsSeesMoreThanItsLimit()
    {
        var clock = Clock();
        var gate = new RateGate(clock, 50, 0.95, 1.0); // no stretch: the slots alone must keep the limits
        var arrivals = Simulate(clock, gate, TimeSpan.FromSeconds(70), _ => "19:channel", seed: 7);

        foreach (var (count, seconds) in RateGate.ConversationLimits.Take(3))
        {
            Assert.True(Worst(arrivals, TimeSpan.FromSeconds(seconds)) <= count, $"more than {count} arrivals in {seconds} s");
        }

        Assert.InRange(arrivals.Count, 120, 180); // 60 per 30 s sets the pace
    }

    [Fact]
    public void ManyConversations_WithJitteryAnswers_NeverOverTheTenantLimitInAnySecondAndStillAbove45PerSecond()
    {
        var clock = Clock();
        var gate = new RateGate(clock, 50, 0.95, 1.1);
        var arrivals = Simulate(clock, gate, TimeSpan.FromSeconds(20), n => "a:user" + n, seed: 11, maxLatency: 250);
        Assert.True(Worst(arrivals, TimeSpan.FromSeconds(1)) <= 50, $"{Worst(arrivals, TimeSpan.FromSeconds(1))} arrivals in one second (limit 50)");
        Assert.InRange(arrivals.Count, 20 * 43, 20 * 48); // 50 slots of 1 s + ~125 ms each

        clock = Clock();
        gate = new RateGate(clock, 50, 0.95, 1.1);
        arrivals = Simulate(clock, gate, TimeSpan.FromSeconds(20), n => "a:user" + n, seed: 12, maxLatency: 40);
        Assert.True(Worst(arrivals, TimeSpan.FromSeconds(1)) <= 50, $"{Worst(arrivals, TimeSpan.FromSeconds(1))} arrivals in one second (limit 50)");
        Assert.InRange(arrivals.Count, 20 * 46, 20 * 48); // the even pace of 47.5 per second
    }

    [Fact]
    public void ReserveRequest_SlotsOfRequestsStillOut_HoldTheWindowUntilAnsweredPlusOneSecond()
    {
        var clock = Clock();
        var gate = new RateGate(clock, 50, 0.95, 1.1);
        var slots = new List<RateSlot>();
        for (var i = 0; i < 50; i++)
        {
            var decision = gate.ReserveRequest("tenant");
            Assert.True(decision.Acquired, $"request {i}");
            slots.Add(decision.Slot!);
            clock.Advance(decision.Wait + TimeSpan.FromMilliseconds(22)); // the even pace: one per ~21 ms
        }

        clock.Advance(TimeSpan.FromSeconds(5)); // every request is still out
        var held = gate.ReserveRequest("tenant");
        Assert.False(held.Acquired);
        Assert.Equal(TimeSpan.FromMilliseconds(20), held.Wait); // ask again soon: the answer may come any moment

        gate.Answered(slots[0]);
        Assert.Equal(TimeSpan.FromSeconds(1), gate.ReserveRequest("tenant").Wait);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(gate.ReserveRequest("tenant").Acquired);
    }

    [Fact]
    public void Abandon_ARequestThatNeverLeft_FreesItsConversationSlot()
    {
        var clock = Clock();
        var gate = new RateGate(clock, 50, 0.95, 1.1);
        var taken = Enumerable.Range(0, 7).Select(_ => gate.TryAcquire("tenant", "19:channel")).ToList();
        Assert.All(taken, d => Assert.True(d.Acquired));

        var eighth = gate.TryAcquire("tenant", "19:channel");
        Assert.False(eighth.Acquired);
        Assert.True(eighth.ConversationBound);

        gate.Abandon(taken[3].Slot);
        Assert.True(gate.TryAcquire("tenant", "19:channel").Acquired);
    }

    [Fact]
    public void Pause_After429_NothingForTenantOrConversationUntilRetryAfter()
    {
        var clock = Clock();
        var gate = new RateGate(clock, 50, 0.95, 1.1);
        gate.Pause("tenant", "a:one", TimeSpan.FromSeconds(3));

        var other = gate.TryAcquire("tenant", "a:two");
        Assert.False(other.Acquired);
        Assert.False(other.ConversationBound);
        Assert.Equal(TimeSpan.FromSeconds(3), other.Wait);
        Assert.Equal(TimeSpan.FromSeconds(3), gate.ReserveRequest("tenant").Wait);
        Assert.True(gate.TryAcquire("another-tenant", "a:three").Acquired);

        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.True(gate.TryAcquire("tenant", "a:one").Acquired);
        Assert.True(gate.ReserveRequest("tenant").Acquired);
    }

    /// <summary>
    /// Asks the gate every millisecond, as a sender with 16 requests out at most would; each request is answered after
    /// 0 to maxLatency ms and arrives at Teams at a random moment before its answer. Returns the arrival times.
    /// </summary>
    private static List<DateTimeOffset> Simulate(FakeTimeProvider clock, RateGate gate, TimeSpan length, Func<int, string> conversation, int seed, int maxLatency = 250)
    {
        var random = new Random(seed);
        var arrivals = new List<DateTimeOffset>();
        var outstanding = new List<(DateTimeOffset AnswerAt, RateSlot Conversation, RateSlot Tenant)>();
        RateSlot? waiting = null; // a conversation slot taken, waiting for the tenant's
        var end = clock.GetUtcNow() + length;
        while (clock.GetUtcNow() < end)
        {
            var now = clock.GetUtcNow();
            foreach (var answered in outstanding.Where(o => o.AnswerAt <= now).ToList())
            {
                gate.Answered(answered.Tenant);
                gate.Answered(answered.Conversation);
                outstanding.Remove(answered);
            }

            if (outstanding.Count < 16)
            {
                waiting ??= gate.TryAcquire("tenant", conversation(arrivals.Count)).Slot;
                if (waiting is not null && gate.ReserveRequest("tenant").Slot is { } tenant)
                {
                    var latency = TimeSpan.FromMilliseconds(random.Next(0, maxLatency));
                    arrivals.Add(now + latency * random.NextDouble());
                    outstanding.Add((now + latency, waiting, tenant));
                    waiting = null;
                }
            }

            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        arrivals.Sort();
        return arrivals;
    }

    private static int Worst(List<DateTimeOffset> sorted, TimeSpan window)
    {
        var worst = 0;
        for (int first = 0, last = 0; last < sorted.Count; last++)
        {
            while (sorted[last] - sorted[first] >= window)
            {
                first++;
            }

            worst = Math.Max(worst, last - first + 1);
        }

        return worst;
    }
}
