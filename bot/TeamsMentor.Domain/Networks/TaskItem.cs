namespace TeamsMentor.Domain.Networks;

/// <summary>An oppgave: handed out at gathering <see cref="GivenAt"/>, due before the next one unless set otherwise.</summary>
public sealed record TaskItem
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public required int GivenAt { get; init; }

    /// <summary>Due before this gathering starts; null means the gathering after <see cref="GivenAt"/>.</summary>
    public int? DueBefore { get; init; }

    /// <summary>An explicit due time that overrides <see cref="DueBefore"/>.</summary>
    public DateTimeOffset? DueAt { get; init; }

    public int DueBeforeGathering => DueBefore ?? GivenAt + 1;
}
