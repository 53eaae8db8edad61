namespace TeamsMentor.Domain.Networks;

/// <summary>A participating municipality (kommune); it may have several teams.</summary>
public sealed record Municipality(string Id, string Name);
