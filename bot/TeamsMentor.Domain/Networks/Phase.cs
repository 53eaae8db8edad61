namespace TeamsMentor.Domain.Networks;

/// <summary>A phase of the network (1 preparation and anchoring, 2 piloting, 3 preparing roll-out, 4 roll-out).</summary>
public sealed record Phase(int Number, string Name, DateOnly Start, DateOnly End);
