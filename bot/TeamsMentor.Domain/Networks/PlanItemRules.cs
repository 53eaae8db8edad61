namespace TeamsMentor.Domain.Networks;

/// <summary>Evaluation item bank rules: unique ids, texts, and gathering-specific items naming real gatherings.</summary>
internal static class PlanItemRules
{
    public static void Validate(NetworkPlan plan, List<PlanIssue> issues)
    {
        var count = plan.Gatherings.Count;
        for (var i = 0; i < plan.EvaluationItems.Count; i++)
        {
            var item = plan.EvaluationItems[i];
            var path = $"$.evaluationItems[{i}]";
            NetworkPlanRules.RequireSlug(item.Id, path + ".id", issues);
            NetworkPlanRules.RequireText(item.TextNb, path + ".text.nb", "The item's Norwegian text", issues);
            if (!item.Stable && (item.Gatherings is null || item.Gatherings.Count == 0))
            {
                issues.Add(PlanIssue.Error(path + ".gatherings", "An item that is not stable must name the gatherings it is asked at."));
            }

            foreach (var number in item.Gatherings ?? [])
            {
                if (number < 1 || number > count)
                {
                    issues.Add(PlanIssue.Error(path + ".gatherings", $"There is no gathering {number} (the plan has {count})."));
                }
            }
        }

        NetworkPlanRules.Duplicates(plan.EvaluationItems, e => e.Id, "$.evaluationItems", "evaluation item", issues);
        if (plan.EvaluationItems.Count > 0 && !plan.EvaluationItems.Any(e => e.Stable && e.Kind == EvaluationItemKind.Likert))
        {
            issues.Add(PlanIssue.Warning("$.evaluationItems", "No stable statement is asked at every gathering, so no motivation trend can be shown."));
        }
    }
}
