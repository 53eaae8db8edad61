using Microsoft.Extensions.Time.Testing;
using TeamsMentor.Bot.Delivery;

namespace TeamsMentor.Bot.Tests;

/// <summary>The outbox lag the telemetry reports: the oldest due card's wait, a silent sender's silence, nothing from a standby.</summary>
public sealed class DeliveryStatusTests
{
    private static readonly DateTimeOffset T0 = new(2024, 4, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Lag_IsTheOldestDueWait_OrASilentSendersSilence_AndZeroOnAStandby()
    {
        var clock = new FakeTimeProvider(T0);
        var status = new DeliveryStatus(clock);
        status.BecameRole(DeliveryStatus.Sender);
        status.Polled(T0, T0.AddMinutes(-3)); // a card due three minutes ago
        Assert.Equal(TimeSpan.FromMinutes(3), status.Lag(T0));
        Assert.Equal(TimeSpan.FromMinutes(15), status.Lag(T0.AddMinutes(12))); // it still waits

        // Nothing due, then the sender stops polling (hung, storage failing): its silence is the lag.
        status.Polled(T0.AddMinutes(20), null);
        Assert.Equal(TimeSpan.FromSeconds(5), status.Lag(T0.AddMinutes(20).AddSeconds(5)));
        Assert.Equal(TimeSpan.FromMinutes(12), status.Lag(T0.AddMinutes(32)));

        status.BecameRole(DeliveryStatus.Standby); // another instance sends now: this one reports nothing
        Assert.Equal(TimeSpan.Zero, status.Lag(T0.AddHours(1)));
    }
}
