namespace TeamsMentor.Bot.Networks;

/// <summary>
/// One plan issue as the API answers it: where (a JSON path), the English message, and for a warning its code and
/// values, which the tab says in the person's language (<c>planIssue.{code}</c>).
/// </summary>
public sealed record PlanIssueDto(string Path, string Message, string? Code = null, IReadOnlyDictionary<string, object?>? Args = null);
