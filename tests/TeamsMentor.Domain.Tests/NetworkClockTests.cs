using TeamsMentor.Domain.Networks;
using static TeamsMentor.Domain.Tests.SamplePlan;

namespace TeamsMentor.Domain.Tests;

/// <summary>Local time in Europe/Oslo across the summer-time changes (last Sundays of March and October).</summary>
public sealed class NetworkClockTests
{
    [Fact]
    public void ToInstant_WinterAndSummer_RightOffsets()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 8, 0, 0, TimeSpan.Zero), Local(2026, 1, 15, 9).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 6, 15, 7, 0, 0, TimeSpan.Zero), Local(2026, 6, 15, 9).ToUniversalTime());
    }

    [Fact]
    public void ToInstant_SpringGap_MovesForwardByTheGap()
    {
        // 29 March 2026: clocks go from 02:00 to 03:00; 02:30 does not exist.
        var instant = NetworkClock.ToInstant(new DateTime(2026, 3, 29, 2, 30, 0), Oslo);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void ToInstant_AutumnRepeat_FirstOccurrence()
    {
        // 25 October 2026: 02:00-03:00 happens twice; take the first (summer time, +02:00).
        var instant = NetworkClock.ToInstant(new DateTime(2026, 10, 25, 2, 30, 0), Oslo);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Fact]
    public void AddLocalDays_AcrossSpringChange_KeepsLocalTimeNot24Hours()
    {
        var saturday = Local(2026, 3, 28, 10); // 09:00Z (CET)
        var sunday = NetworkClock.AddLocalDays(saturday, 1, Oslo);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 8, 0, 0, TimeSpan.Zero), sunday.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(23), sunday - saturday);
    }

    [Fact]
    public void AddLocalDays_AcrossAutumnChange_KeepsLocalTime()
    {
        var saturday = Local(2026, 10, 24, 15); // 13:00Z (CEST)
        var sunday = NetworkClock.AddLocalDays(saturday, 1, Oslo);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 14, 0, 0, TimeSpan.Zero), sunday.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(25), sunday - saturday);
    }

    [Fact]
    public void MinutesBefore_WholeDaysUseCalendar_OthersExact()
    {
        var sessionSunday = Local(2026, 3, 29, 10); // 08:00Z (CEST)
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero), NetworkClock.MinutesBefore(sessionSunday, 1440, Oslo).ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 45, 0, TimeSpan.Zero), NetworkClock.MinutesBefore(sessionSunday, 15, Oslo).ToUniversalTime());
    }
}
