namespace TeamsMentor.Domain.Networks;

/// <summary>Whether a plan issue blocks saving.</summary>
public enum PlanIssueSeverity
{
    Error,
    Warning,
}

/// <summary>
/// One problem in a plan: where (a JSON path into the plan document), what as a stable code the tab says in the
/// person's language (<see cref="PlanIssueCodes"/>, with the values its text names), and the same in plain English for
/// logs and API clients.
/// </summary>
public sealed record PlanIssue(PlanIssueSeverity Severity, string Path, string Code, string Message)
{
    /// <summary>The values the code's text names (a team's name, a gathering's number); empty when it names none.</summary>
    public IReadOnlyDictionary<string, object?> Args { get; init; } = NoArgs;

    private static readonly IReadOnlyDictionary<string, object?> NoArgs = new Dictionary<string, object?>();

    public static PlanIssue Error(string path, string code, string message, params (string Name, object? Value)[] args) =>
        new(PlanIssueSeverity.Error, path, code, message) { Args = ToArgs(args) };

    public static PlanIssue Warning(string path, string code, string message, params (string Name, object? Value)[] args) =>
        new(PlanIssueSeverity.Warning, path, code, message) { Args = ToArgs(args) };

    /// <summary>A required property that is missing (<paramref name="path"/> is its parent's path).</summary>
    public static PlanIssue Required(string path, string name) =>
        Error($"{path}.{name}", PlanIssueCodes.Required, $"'{name}' is required.", ("name", name));

    public static PlanIssue NotADate(string path, string value) =>
        Error(path, PlanIssueCodes.NotADate, $"'{value}' is not a date: write YYYY-MM-DD.", ("value", value));

    public static PlanIssue YearOutOfRange(string path, string value, int min, int max) =>
        Error(path, PlanIssueCodes.YearOutOfRange, $"'{value}' is outside the years {min}-{max}.", ("value", value), ("min", min), ("max", max));

    /// <summary>A gathering number the plan does not have (a task's, an evaluation or report item's).</summary>
    public static PlanIssue NoSuchGathering(string path, int number, int count) =>
        Error(path, PlanIssueCodes.NoSuchGathering, $"There is no gathering {number} (the plan has {count}).", ("number", number), ("count", count));

    private static IReadOnlyDictionary<string, object?> ToArgs((string Name, object? Value)[] args) =>
        args.Length == 0 ? NoArgs : args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
}
