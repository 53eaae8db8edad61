namespace TeamsMentor.Domain.Networks;

/// <summary>A network in a list: id, name and period.</summary>
public sealed record NetworkSummary(string Id, string Name, DateOnly Start, DateOnly End);
