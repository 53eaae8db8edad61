namespace TeamsMentor.Domain.Networks;

/// <summary>
/// Local-time arithmetic in a network's time zone. Day offsets move the local calendar (a 09:00 prompt stays at 09:00
/// across summer-time changes); a local time that does not exist (the spring gap) moves forward by the gap, and an
/// ambiguous one (the autumn repeat) takes the first occurrence.
/// </summary>
public static class NetworkClock
{
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            var adjustment = zone.GetAdjustmentRules().FirstOrDefault(r => r.DateStart <= unspecified && unspecified <= r.DateEnd);
            var gap = adjustment?.DaylightDelta ?? TimeSpan.FromHours(1);
            unspecified = unspecified.Add(gap);
        }

        TimeSpan offset;
        if (zone.IsAmbiguousTime(unspecified))
        {
            offset = zone.GetAmbiguousTimeOffsets(unspecified).Max(); // the first occurrence has the larger (summer) offset
        }
        else
        {
            offset = zone.GetUtcOffset(unspecified);
        }

        return new DateTimeOffset(unspecified, offset);
    }

    public static DateTimeOffset At(DateOnly date, TimeOnly time, TimeZoneInfo zone) => ToInstant(date.ToDateTime(time), zone);

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(ToLocal(instant, zone));

    /// <summary>The same local time of day, <paramref name="days"/> calendar days later (negative: earlier).</summary>
    public static DateTimeOffset AddLocalDays(DateTimeOffset instant, int days, TimeZoneInfo zone) =>
        ToInstant(ToLocal(instant, zone).AddDays(days), zone);

    /// <summary>Minutes before an instant: whole days move the local calendar, anything else is exact.</summary>
    public static DateTimeOffset MinutesBefore(DateTimeOffset instant, int minutes, TimeZoneInfo zone) =>
        minutes % 1440 == 0 ? AddLocalDays(instant, -minutes / 1440, zone) : instant.AddMinutes(-minutes);
}
