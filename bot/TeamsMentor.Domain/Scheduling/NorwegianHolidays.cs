namespace TeamsMentor.Domain.Scheduling;

/// <summary>
/// Norway's public holidays (lov om 1. og 17. mai som høgtidsdager; helligdagsloven): New Year's Day, Maundy Thursday,
/// Good Friday, Easter Sunday and Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, Christmas Day and
/// Boxing Day. Easter by the Gregorian computus.
/// </summary>
public static class NorwegianHolidays
{
    /// <summary>Each year's set, computed once: the scheduler asks for every reminder of every team on every pass.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, IReadOnlySet<DateOnly>> Years = new();

    public static bool IsHoliday(DateOnly day) => Of(day.Year).Contains(day);

    /// <summary>The year's public holidays.</summary>
    public static IReadOnlySet<DateOnly> Of(int year) => Years.GetOrAdd(year, Compute);

    private static IReadOnlySet<DateOnly> Compute(int year)
    {
        var easter = EasterSunday(year);
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),
            easter.AddDays(-3), // skjærtorsdag
            easter.AddDays(-2), // langfredag
            easter,
            easter.AddDays(1), // 2. påskedag
            new(year, 5, 1),
            new(year, 5, 17),
            easter.AddDays(39), // Kristi himmelfartsdag
            easter.AddDays(49), // 1. pinsedag
            easter.AddDays(50), // 2. pinsedag
            new(year, 12, 25),
            new(year, 12, 26),
        };
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
