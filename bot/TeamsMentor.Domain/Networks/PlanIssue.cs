namespace TeamsMentor.Domain.Networks;

/// <summary>Whether a plan issue blocks saving.</summary>
public enum PlanIssueSeverity
{
    Error,
    Warning,
}

/// <summary>One problem in a plan: where (a JSON path into the plan document) and what, in plain words.</summary>
public sealed record PlanIssue(PlanIssueSeverity Severity, string Path, string Message)
{
    /// <summary>A stable code the tab says in the person's language (<see cref="PlanIssueCodes"/>); none: only the English message.</summary>
    public string? Code { get; init; }

    /// <summary>The values the code's text names (a team's name, a gathering's number).</summary>
    public IReadOnlyDictionary<string, object?>? Args { get; init; }

    public static PlanIssue Error(string path, string message) => new(PlanIssueSeverity.Error, path, message);

    public static PlanIssue Warning(string path, string message) => new(PlanIssueSeverity.Warning, path, message);

    public static PlanIssue Warning(string path, string message, string code, IReadOnlyDictionary<string, object?>? args = null) =>
        new(PlanIssueSeverity.Warning, path, message) { Code = code, Args = args };
}

/// <summary>The codes of the plan's warnings (the tab has a text for each in bokmål and English: <c>planIssue.{code}</c>).</summary>
public static class PlanIssueCodes
{
    public const string NoTrendItem = "evaluation.noTrendItem";
    public const string TeamNoMembers = "team.noMembers";
    public const string TeamNoLeader = "team.noLeader";
    public const string TeamNoUnionRepresentative = "team.noUnionRepresentative";
    public const string GatheringOutsidePeriod = "gathering.outsidePeriod";
    public const string GatheringNoPlace = "gathering.noPlace";
}
