namespace TeamsMentor.Bot.Demo;

/// <summary>
/// A clock that starts at a chosen instant and then runs at normal speed (Development demo only), so the real
/// 2022-2024 calendar of Mentorprogram Nord can be shown "as it was" on a given day.
/// </summary>
public sealed class ShiftedTimeProvider(DateTimeOffset start, TimeProvider inner) : TimeProvider
{
    private readonly TimeSpan _offset = start - inner.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
}
