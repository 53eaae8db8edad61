namespace TeamsMentor.Bot.Networks;

/// <summary>A plan issue on the wire.</summary>
public sealed record PlanIssueDto(string Path, string Message);
