namespace TeamsMentor.Bot.Networks;

/// <summary>A network the caller may administer.</summary>
public sealed record NetworkListItem(string Id, string Name, DateOnly Start, DateOnly End);
