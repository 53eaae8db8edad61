using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Tab;

/// <summary>
/// Problem details for the tab API: a stable <c>code</c> (<see cref="ProblemCodes"/>) with its <c>args</c> for the tab
/// to say in the person's language, a plain English title and detail for other clients, and for plans every issue with
/// its JSON path.
/// </summary>
public static class ApiProblems
{
    /// <param name="args">Values the tab's text for the code names (e.g. <c>team</c>), for the tab only.</param>
    /// <param name="extensions">More members (e.g. <c>errors</c>, <c>current</c>).</param>
    public static ProblemHttpResult Problem(int status, ProblemCode code, string title, string? detail = null,
        IReadOnlyDictionary<string, object?>? args = null, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        var members = new Dictionary<string, object?>(extensions ?? new Dictionary<string, object?>(), StringComparer.Ordinal) { ["code"] = code.Value };
        if (args is { Count: > 0 })
        {
            members["args"] = args;
        }

        return TypedResults.Problem(detail, statusCode: status, title: title, extensions: members);
    }

    public static ProblemHttpResult InvalidPlan(IEnumerable<PlanIssue> issues)
    {
        var list = issues.ToList();
        var errors = list.Where(i => i.Severity == PlanIssueSeverity.Error).Select(FieldIssue.From).ToList();
        var warnings = list.Where(i => i.Severity == PlanIssueSeverity.Warning).Select(FieldIssue.From).ToList();
        return Problem(StatusCodes.Status400BadRequest, ProblemCodes.PlanInvalid, "The plan is not valid",
            $"The plan has {errors.Count} error(s); nothing was saved. Each error names where it is (a JSON path into the plan).",
            extensions: new Dictionary<string, object?> { ["errors"] = errors, ["warnings"] = warnings });
    }
}
