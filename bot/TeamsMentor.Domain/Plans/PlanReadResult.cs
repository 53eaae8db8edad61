using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Plans;

/// <summary>A parsed and validated plan, or why not. <see cref="Plan"/> is set only when there are no errors.</summary>
public sealed record PlanReadResult(NetworkPlan? Plan, IReadOnlyList<PlanIssue> Issues)
{
    public bool IsValid => Plan is not null;

    public IEnumerable<PlanIssue> Errors => Issues.Where(i => i.Severity == PlanIssueSeverity.Error);

    public IEnumerable<PlanIssue> Warnings => Issues.Where(i => i.Severity == PlanIssueSeverity.Warning);
}
