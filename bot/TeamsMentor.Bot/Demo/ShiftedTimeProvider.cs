namespace TeamsMentor.Bot.Demo;

/// <summary>
/// A clock that starts at a chosen instant and then runs at normal speed (Development demo only), so the real
/// 2022-2024 calendar of Mentorprogram Nord can be shown "as it was" on a given day; <see cref="Advance"/> moves it on
/// (a local demo or test skipping to the next day).
/// </summary>
public sealed class ShiftedTimeProvider(DateTimeOffset start, TimeProvider inner) : TimeProvider
{
    private long _offsetTicks = (start - inner.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    /// <summary>Moves the clock forward (never back: what was sent by an earlier time stays sent).</summary>
    public DateTimeOffset Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
        return GetUtcNow();
    }
}
