using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Tab;

/// <summary>Problem details for the admin API: a plain title and detail, and for plans every issue with its JSON path.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title);

    public static ProblemHttpResult InvalidPlan(IEnumerable<PlanIssue> issues)
    {
        var list = issues.ToList();
        var errors = list.Where(i => i.Severity == PlanIssueSeverity.Error).Select(i => new { path = i.Path, message = i.Message }).ToList();
        var warnings = list.Where(i => i.Severity == PlanIssueSeverity.Warning).Select(i => new { path = i.Path, message = i.Message }).ToList();
        return TypedResults.Problem(
            $"The plan has {errors.Count} error(s); nothing was saved. Each error names where it is (a JSON path into the plan).",
            statusCode: StatusCodes.Status400BadRequest,
            title: "The plan is not valid",
            extensions: new Dictionary<string, object?> { ["errors"] = errors, ["warnings"] = warnings });
    }
}
