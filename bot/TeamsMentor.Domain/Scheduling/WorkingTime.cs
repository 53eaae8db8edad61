using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Scheduling;

/// <summary>
/// When reminders and digests may reach people: within the network's working hours on a working day (Monday to Friday,
/// not a Norwegian public holiday, not in one of the plan's blackout periods such as the summer holiday), in the
/// network's time zone. A reminder outside that time is moved earlier, so it never comes after what it reminds of; a
/// digest (which reports on a deadline that has passed) is moved later, but not past what it is for.
/// </summary>
public static class WorkingTime
{
    /// <summary>How far the search for a working day goes (a blackout can be long; a plan is a couple of years).</summary>
    private const int MaxDays = 400;

    /// <summary>The latest minute a message may go out on a working day: just before the working hours end.</summary>
    private static TimeOnly LastMinute(PromptSchedule s) => s.WorkingHoursEnd.AddMinutes(-1);

    public static bool IsWorkingDay(DateOnly day, PromptSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && !NorwegianHolidays.IsHoliday(day)
            && !schedule.BlackoutPeriods.Any(p => day >= p.Start && day <= p.End);
    }

    public static bool IsWorking(DateTimeOffset at, LearningNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var local = NetworkClock.ToLocal(at, network.Zone);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local), network.Schedule) && time >= network.Schedule.WorkingHoursStart && time < network.Schedule.WorkingHoursEnd;
    }

    /// <summary>
    /// <paramref name="at"/> when it is working time; else the same time of day (kept within working hours) on the latest
    /// working day before it. <paramref name="at"/> itself when that would be before <paramref name="notBefore"/> (e.g.
    /// a reminder before its prompt): better outside working hours than not at all.
    /// </summary>
    public static DateTimeOffset LatestAtOrBefore(DateTimeOffset at, LearningNetwork network, DateTimeOffset notBefore)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (IsWorking(at, network))
        {
            return at;
        }

        var (zone, s) = (network.Zone, network.Schedule);
        var local = NetworkClock.ToLocal(at, zone);
        var time = Clamp(TimeOnly.FromDateTime(local), s);
        for (var (day, n) = (DateOnly.FromDateTime(local), 0); n < MaxDays; day = day.AddDays(-1), n++)
        {
            if (!IsWorkingDay(day, s))
            {
                continue;
            }

            var candidate = NetworkClock.At(day, time, zone);
            if (candidate > at)
            {
                continue; // the same day, before the hours began: an earlier day
            }

            return candidate < notBefore ? at : candidate;
        }

        return at;
    }

    /// <summary>
    /// <paramref name="at"/> when it is working time; else when the working hours next begin. <paramref name="at"/> itself
    /// when that would be after <paramref name="notAfter"/>.
    /// </summary>
    public static DateTimeOffset EarliestAtOrAfter(DateTimeOffset at, LearningNetwork network, DateTimeOffset notAfter)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (IsWorking(at, network))
        {
            return at;
        }

        var (zone, s) = (network.Zone, network.Schedule);
        for (var (day, n) = (NetworkClock.LocalDate(at, zone), 0); n < MaxDays; day = day.AddDays(1), n++)
        {
            var opens = NetworkClock.At(day, s.WorkingHoursStart, zone);
            if (!IsWorkingDay(day, s) || opens < at)
            {
                continue; // not a working day, or the same day after the hours ended
            }

            return opens > notAfter ? at : opens;
        }

        return at;
    }

    private static TimeOnly Clamp(TimeOnly time, PromptSchedule s) =>
        time < s.WorkingHoursStart ? s.WorkingHoursStart : time > LastMinute(s) ? LastMinute(s) : time;
}
