namespace TeamsMentor.Domain.Networks;

/// <summary>An åpen skjerm: a voluntary Teams meeting between gatherings that any invited team can drop in to.</summary>
public sealed record OpenScreenSession
{
    public required string Id { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required int DurationMinutes { get; init; }
    public required string Topic { get; init; }
    public string? Description { get; init; }

    /// <summary>The invited teams; empty means every team in the network.</summary>
    public IReadOnlyList<string> TeamIds { get; init; } = [];
    public string? JoinUrl { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }

    public DateTimeOffset End => Start.AddMinutes(DurationMinutes);

    public bool IsCancelled => CancelledAt is not null;
}
