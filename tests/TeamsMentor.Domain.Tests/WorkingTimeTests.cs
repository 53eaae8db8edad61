using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Domain.Tests;

/// <summary>Norwegian public holidays and working time: reminders moved earlier, digests later, never past their limit.</summary>
public sealed class WorkingTimeTests
{
    private static readonly LearningNetwork Network = new()
    {
        Id = "nord",
        Name = "Mentorprogram Nord",
        Start = new DateOnly(2022, 9, 1),
        End = new DateOnly(2024, 11, 30),
        Schedule = new PromptSchedule { BlackoutPeriods = [new BlackoutPeriod(new DateOnly(2024, 7, 8), new DateOnly(2024, 7, 28), "Fellesferie")] },
    };

    private static DateTimeOffset Oslo(int y, int mo, int d, int h, int mi = 0) =>
        NetworkClock.At(new DateOnly(y, mo, d), new TimeOnly(h, mi), Network.Zone);

    [Theory]
    [InlineData(2023, 4, 9)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2019, 4, 21)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_Computus(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), NorwegianHolidays.EasterSunday(year));
    }

    [Fact]
    public void TheYear2024_HasItsTwelvePublicHolidays()
    {
        Assert.Equal(
            [
                new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 28), new DateOnly(2024, 3, 29), new DateOnly(2024, 3, 31), new DateOnly(2024, 4, 1),
                new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 9), new DateOnly(2024, 5, 17), new DateOnly(2024, 5, 19), new DateOnly(2024, 5, 20),
                new DateOnly(2024, 12, 25), new DateOnly(2024, 12, 26),
            ],
            NorwegianHolidays.Of(2024).Order());
    }

    [Theory]
    [InlineData(2024, 5, 17, false)] // Grunnlovsdag, a Friday
    [InlineData(2024, 5, 16, true)]
    [InlineData(2023, 4, 6, false)] // skjærtorsdag
    [InlineData(2023, 4, 10, false)] // 2. påskedag
    [InlineData(2023, 4, 11, true)]
    [InlineData(2024, 5, 9, false)] // Kristi himmelfartsdag
    [InlineData(2024, 7, 15, false)] // in the plan's summer blackout
    [InlineData(2024, 7, 29, true)] // the Monday after it
    [InlineData(2024, 10, 19, false)] // a Saturday
    public void WorkingDays(int y, int m, int d, bool working)
    {
        Assert.Equal(working, WorkingTime.IsWorkingDay(new DateOnly(y, m, d), Network.Schedule));
    }

    [Fact]
    public void Reminder_InWorkingTime_Unchanged()
    {
        var at = Oslo(2024, 10, 16, 9);
        Assert.Equal(at, WorkingTime.LatestAtOrBefore(at, Network, notBefore: at.AddDays(-7)));
    }

    [Fact]
    public void Reminder_OnASaturday_TheFridayBefore_AtTheSameTime()
    {
        Assert.Equal(Oslo(2024, 10, 18, 9), WorkingTime.LatestAtOrBefore(Oslo(2024, 10, 19, 9), Network, notBefore: Oslo(2024, 10, 1, 9)));
    }

    [Fact]
    public void Reminder_OnSeventeenthOfMay_TheDayBefore_AndOverEaster_BeforeMaundyThursday()
    {
        Assert.Equal(Oslo(2024, 5, 16, 9), WorkingTime.LatestAtOrBefore(Oslo(2024, 5, 17, 9), Network, notBefore: Oslo(2024, 5, 1, 9)));
        Assert.Equal(Oslo(2023, 4, 5, 9), WorkingTime.LatestAtOrBefore(Oslo(2023, 4, 10, 9), Network, notBefore: Oslo(2023, 3, 1, 9))); // Mon 2. påskedag → Wed
    }

    [Fact]
    public void Reminder_InTheEvening_TheLastMinuteOfThatDay_EarlyMorning_ThePreviousWorkingDay()
    {
        Assert.Equal(Oslo(2024, 10, 16, 15, 59), WorkingTime.LatestAtOrBefore(Oslo(2024, 10, 16, 20), Network, notBefore: Oslo(2024, 10, 1, 9)));
        Assert.Equal(Oslo(2024, 10, 15, 8), WorkingTime.LatestAtOrBefore(Oslo(2024, 10, 16, 6), Network, notBefore: Oslo(2024, 10, 1, 9)));
    }

    [Fact]
    public void Reminder_NoWorkingTimeAfterItsPrompt_KeepsItsTime()
    {
        var saturday = Oslo(2024, 10, 19, 9);
        Assert.Equal(saturday, WorkingTime.LatestAtOrBefore(saturday, Network, notBefore: Oslo(2024, 10, 18, 17)));
    }

    [Fact]
    public void Reminder_InTheSummerBlackout_BeforeIt()
    {
        Assert.Equal(Oslo(2024, 7, 5, 9), WorkingTime.LatestAtOrBefore(Oslo(2024, 7, 17, 9), Network, notBefore: Oslo(2024, 6, 1, 9)));
    }

    [Fact]
    public void Digest_AtMidnightBeforeAFriday17May_TheMondayMorning_UnlessThatIsAfterTheGathering()
    {
        var deadline = Oslo(2024, 5, 17, 0); // the end of Thursday 16 May
        Assert.Equal(Oslo(2024, 5, 21, 8), WorkingTime.EarliestAtOrAfter(deadline, Network, notAfter: Oslo(2024, 5, 22, 9))); // Mon 20 May is 2. pinsedag
        Assert.Equal(deadline, WorkingTime.EarliestAtOrAfter(deadline, Network, notAfter: Oslo(2024, 5, 17, 11)));
    }

    [Fact]
    public void WorkingHours_FromThePlan_AcrossSummerTime()
    {
        var network = Network with { Schedule = Network.Schedule with { WorkingHoursStart = new TimeOnly(7, 30), WorkingHoursEnd = new TimeOnly(15, 0) } };
        Assert.True(WorkingTime.IsWorking(Oslo(2024, 3, 27, 7, 30), network));
        Assert.False(WorkingTime.IsWorking(Oslo(2024, 3, 27, 15), network));
        Assert.Equal(Oslo(2024, 4, 2, 7, 30), WorkingTime.EarliestAtOrAfter(Oslo(2024, 3, 27, 15), network, notAfter: Oslo(2024, 5, 1, 0))); // Easter, then summer time
    }
}
