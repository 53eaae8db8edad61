namespace TeamsMentor.Domain.Networks;

/// <summary>
/// Length limits on plan texts: names stay readable on a phone, and long texts stay far below Table Storage's
/// 64 KB per property, so a valid plan is never refused by storage halfway through an import.
/// </summary>
internal static class PlanTextRules
{
    public const int MaxName = 200;
    public const int MaxText = 8000;

    public static void Validate(NetworkPlan plan, List<PlanIssue> issues)
    {
        var n = plan.Network;
        Check(n.Name, MaxName, "$.name", issues);
        Check(n.Description, MaxText, "$.description", issues);
        for (var i = 0; i < plan.Gatherings.Count; i++)
        {
            Check(plan.Gatherings[i].Theme, MaxText, $"$.gatherings[{i}].theme", issues);
            Check(plan.Gatherings[i].Agenda, MaxText, $"$.gatherings[{i}].agenda", issues);
            Check(plan.Gatherings[i].Place, MaxName, $"$.gatherings[{i}].place", issues);
        }

        for (var i = 0; i < plan.Teams.Count; i++)
        {
            Check(plan.Teams[i].Name, MaxName, $"$.teams[{i}].name", issues);
            Check(plan.Teams[i].Unit, MaxName, $"$.teams[{i}].unit", issues);
        }

        foreach (var member in plan.Members.Where(m => (m.Name?.Length ?? 0) > MaxName || (m.Email?.Length ?? 0) > MaxName))
        {
            issues.Add(PlanIssue.Error($"$.members[{member.Id}]", PlanIssueCodes.MemberTextTooLong, $"The name or e-mail of member '{member.Id}' is longer than {MaxName} characters.",
                ("id", member.Id), ("max", MaxName)));
        }

        for (var i = 0; i < plan.Tasks.Count; i++)
        {
            Check(plan.Tasks[i].Title, MaxName, $"$.tasks[{i}].title", issues);
            Check(plan.Tasks[i].Description, MaxText, $"$.tasks[{i}].description", issues);
        }

        for (var i = 0; i < plan.EvaluationItems.Count; i++)
        {
            Check(plan.EvaluationItems[i].TextNb, MaxText, $"$.evaluationItems[{i}].text.nb", issues);
            Check(plan.EvaluationItems[i].TextEn, MaxText, $"$.evaluationItems[{i}].text.en", issues);
        }

        for (var i = 0; i < plan.ReportItems.Count; i++)
        {
            var item = plan.ReportItems[i];
            Check(item.TextNb, MaxText, $"$.reportItems[{i}].text.nb", issues);
            Check(item.TextEn, MaxText, $"$.reportItems[{i}].text.en", issues);
            Check(item.DefinitionNb, MaxText, $"$.reportItems[{i}].definition.nb", issues);
            Check(item.DefinitionEn, MaxText, $"$.reportItems[{i}].definition.en", issues);
        }

        if (plan.ReportItems.Count > 100)
        {
            issues.Add(PlanIssue.Error("$.reportItems", PlanIssueCodes.TooManyReportItems, "Too many report items (100): a report is filled in on a phone.", ("max", 100)));
        }

        if (n.Organizers.Count > 50 || n.Municipalities.Count > 500 || n.Phases.Count > 20)
        {
            issues.Add(PlanIssue.Error("$", PlanIssueCodes.TooManyListed, "Too many organizers (50), municipalities (500) or phases (20)."));
        }
    }

    private static void Check(string? text, int max, string path, List<PlanIssue> issues)
    {
        if (text is not null && text.Length > max)
        {
            issues.Add(PlanIssue.Error(path, PlanIssueCodes.TooLong, $"Too long: {text.Length} characters (at most {max}).", ("length", text.Length), ("max", max)));
        }
    }
}
