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
                issues.Add(PlanIssue.Error(path + ".gatherings", PlanIssueCodes.ItemNeedsGatherings, "An item that is not stable must name the gatherings it is asked at."));
            }

            foreach (var number in item.Gatherings ?? [])
            {
                if (number < 1 || number > count)
                {
                    issues.Add(PlanIssue.NoSuchGathering(path + ".gatherings", number, count));
                }
            }
        }

        NetworkPlanRules.Duplicates(plan.EvaluationItems, e => e.Id, "$.evaluationItems", "evaluation item", issues);
        ValidateReportItems(plan, issues);
        if (plan.EvaluationItems.Count > 0 && !plan.EvaluationItems.Any(e => e.Stable && e.Kind == EvaluationItemKind.Likert))
        {
            issues.Add(PlanIssue.Warning("$.evaluationItems", PlanIssueCodes.NoTrendItem, "No stable statement is asked at every gathering, so no motivation trend can be shown."));
        }
    }

    /// <summary>
    /// Report items: unique slugs, a Norwegian text, real gatherings, the well-known ids with their kind (they have typed
    /// columns), task outcomes only as <c>tasks</c>, and "not known yet" only for counts.
    /// </summary>
    private static void ValidateReportItems(NetworkPlan plan, List<PlanIssue> issues)
    {
        var count = plan.Gatherings.Count;
        for (var i = 0; i < plan.ReportItems.Count; i++)
        {
            var item = plan.ReportItems[i];
            var path = $"$.reportItems[{i}]";
            if (!Reports.ReportItems.AppIds.Contains(item.Id))
            {
                NetworkPlanRules.RequireSlug(item.Id, path + ".id", issues); // the app's own ids keep their names (card inputs, stored columns)
            }

            NetworkPlanRules.RequireText(item.TextNb, path + ".text.nb", "The item's Norwegian text", issues);
            if (Reports.ReportItems.KnownKinds.TryGetValue(item.Id, out var kind) && kind != item.Kind)
            {
                issues.Add(PlanIssue.Error(path + ".kind", PlanIssueCodes.ReportItemKindFixed, $"'{item.Id}' is asked as {kind.ToString().ToLowerInvariant()}.",
                    ("id", item.Id), ("kind", kind.ToString().ToLowerInvariant())));
            }
            else if (item.Kind == Reports.ReportItemKind.TaskOutcomes && item.Id != Reports.ReportItems.Tasks)
            {
                issues.Add(PlanIssue.Error(path + ".kind", PlanIssueCodes.TaskOutcomesOnce, "Task outcomes are asked once, as the item 'tasks'."));
            }

            if (item.NotYetKnown && item.Kind != Reports.ReportItemKind.Count)
            {
                issues.Add(PlanIssue.Error(path + ".notYetKnown", PlanIssueCodes.NotYetKnownOnlyForCounts, "Only a count can be answered \"not known yet\"."));
            }

            foreach (var number in item.Gatherings ?? [])
            {
                if (number < 1 || number > count)
                {
                    issues.Add(PlanIssue.NoSuchGathering(path + ".gatherings", number, count));
                }
            }

            ValidateMeasure(plan, item, path, issues);

            // "From gathering 3 on" in a plan that has fewer so far is not asked yet: a plan is built gathering by gathering.
            if (item.FromGathering is < 1)
            {
                issues.Add(PlanIssue.NoSuchGathering(path + ".fromGathering", item.FromGathering.Value, count));
            }
        }

        NetworkPlanRules.Duplicates(plan.ReportItems, e => e.Id, "$.reportItems", "report item", issues);
    }

    /// <summary>A ratio divides two counts or numbers of the plan; a direction or target belongs to a measure only.</summary>
    private static void ValidateMeasure(NetworkPlan plan, Reports.ReportItem item, string path, List<PlanIssue> issues)
    {
        bool IsPart(string? id) => id is not null && id != item.Id
            && plan.ReportItems.Any(x => x.Id == id && x.Kind is Reports.ReportItemKind.Count or Reports.ReportItemKind.Number);
        if (item.Kind == Reports.ReportItemKind.Ratio)
        {
            if (!IsPart(item.Numerator) || !IsPart(item.Denominator))
            {
                issues.Add(PlanIssue.Error(path + ".numerator", PlanIssueCodes.RatioParts, $"The ratio '{item.Id}' needs a numerator and a denominator that are counts or numbers of the plan.",
                    ("id", item.Id)));
            }
        }
        else if (item.Numerator is not null || item.Denominator is not null)
        {
            issues.Add(PlanIssue.Error(path + ".numerator", PlanIssueCodes.RatioOnly, "Only a ratio has a numerator and a denominator.", ("id", item.Id)));
        }

        if (!item.IsMeasure && (item.Direction != Reports.MeasureDirection.None || item.Target is not null))
        {
            issues.Add(PlanIssue.Error(path + ".direction", PlanIssueCodes.NotAMeasure, $"'{item.Id}' is not a number, count, likert or ratio: it has no direction or target.",
                ("id", item.Id)));
        }
    }
}
