namespace TeamsMentor.Domain.Networks;

/// <summary>
/// An item in the evaluation bank. Stable items keep their id and are asked at every gathering so their trend can be
/// followed over two years; gathering-specific items name the gatherings they belong to.
/// </summary>
public sealed record EvaluationItem
{
    public required string Id { get; init; }
    public required EvaluationItemKind Kind { get; init; }
    public required string TextNb { get; init; }
    public string? TextEn { get; init; }
    public bool Stable { get; init; }
    public IReadOnlyList<int>? Gatherings { get; init; }

    public bool AskedAt(int gathering) => Stable || (Gatherings?.Contains(gathering) ?? false);
}
