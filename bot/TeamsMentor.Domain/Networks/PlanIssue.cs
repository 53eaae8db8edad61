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
    public static PlanIssue Error(string path, string message) => new(PlanIssueSeverity.Error, path, message);

    public static PlanIssue Warning(string path, string message) => new(PlanIssueSeverity.Warning, path, message);
}
