using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Tab;

/// <summary>
/// One problem with a field as the API answers it: where (a JSON path such as <c>$.gatherings[2].start</c> or
/// <c>steps[1].text</c>), a stable code with the values its text names, which the tab says in the person's language
/// (<c>issue.{code}</c> in its locale files), and the same in plain English for other clients.
/// </summary>
public sealed record FieldIssue(string Path, string Code, string Message, IReadOnlyDictionary<string, object?>? Args = null)
{
    public static FieldIssue From(PlanIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new(issue.Path, issue.Code, issue.Message, issue.Args.Count == 0 ? null : issue.Args);
    }
}
