using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Reports;

/// <summary>One section of a report as the person filling it in sees it: whether all it asks for is answered, and what is missing.</summary>
public sealed record SectionState(ReportSection Section, bool Done, IReadOnlyList<string> Missing);

/// <summary>
/// The report in sections (the tasks; goals, measures and achievement; the team's hours; figures; anything else): each
/// saved on its own, marked done when everything it requires is answered; the report can be submitted when every
/// section is. Pure: the card and the tab show the same states.
/// </summary>
public static class ReportSections
{
    /// <summary>The sections asked at a gathering that have something to answer, in order.</summary>
    public static IReadOnlyList<ReportSection> Asked(IReadOnlyList<ReportItem> asked, IReadOnlyCollection<string> taskIds)
    {
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(taskIds);
        return [.. Enum.GetValues<ReportSection>().Where(s => asked.Any(i => i.Section == s && (i.Kind != ReportItemKind.TaskOutcomes || taskIds.Count > 0)))];
    }

    /// <summary>The sections a plan's report asks at <paramref name="gathering"/> (its items, and the tasks given at the gathering before).</summary>
    public static IReadOnlyList<ReportSection> Asked(NetworkPlan plan, int gathering) =>
        Asked(StatusReportRules.Asked(plan, gathering), [.. StatusReportRules.TasksToAnswer(plan, gathering).Select(t => t.Id)]);

    /// <summary>Every section's state of <paramref name="report"/>, a report of <paramref name="plan"/> for <paramref name="gathering"/>.</summary>
    public static IReadOnlyList<SectionState> States(NetworkPlan plan, int gathering, StatusReport report) =>
        States(StatusReportRules.Asked(plan, gathering), [.. StatusReportRules.TasksToAnswer(plan, gathering).Select(t => t.Id)], report);

    /// <summary>Every asked section's state for <paramref name="report"/> (none saved yet: nothing done).</summary>
    public static IReadOnlyList<SectionState> States(IReadOnlyList<ReportItem> asked, IReadOnlyCollection<string> taskIds, StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var missing = StatusReportRules.Validate(report, asked, taskIds, submitting: true)
            .Select(issue => (Section: SectionOf(issue.Field, asked), issue.Field))
            .ToLookup(x => x.Section, x => x.Field);
        return [.. Asked(asked, taskIds).Select(s => new SectionState(s, !missing[s].Any(), [.. missing[s].Distinct(StringComparer.Ordinal)]))];
    }

    /// <summary>The section an input (or an issue's field) belongs to: a task's inputs to the tasks, an item's to its own.</summary>
    public static ReportSection SectionOf(string field, IReadOnlyList<ReportItem> asked)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(asked);
        if (field.StartsWith("task.", StringComparison.Ordinal))
        {
            return ReportSection.Tasks;
        }

        if (field.StartsWith("figures.", StringComparison.Ordinal))
        {
            return ReportSection.Figures;
        }

        return asked.FirstOrDefault(i => i.Id == field)?.Section
            ?? ReportItems.Defaults.FirstOrDefault(i => i.Id == field)?.Section
            ?? ReportSection.Other;
    }

    /// <summary>
    /// <paramref name="stored"/> with one section's answers taken from <paramref name="typed"/> and the rest kept: what
    /// one member saves does not undo what another saved in another section.
    /// </summary>
    public static StatusReport WithSection(StatusReport stored, StatusReport typed, ReportSection section, IReadOnlyList<ReportItem> asked)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(asked);
        bool In(string id) => SectionOf(id, asked) == section;
        var values = stored.Values.Where(v => !In(v.Key)).Concat(typed.Values.Where(v => In(v.Key)))
            .ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return stored with
        {
            Tasks = section == ReportSection.Tasks ? typed.Tasks : stored.Tasks,
            SubGoals = In(ReportItems.SubGoals) ? typed.SubGoals : stored.SubGoals,
            Measures = In(ReportItems.Measures) ? typed.Measures : stored.Measures,
            GoalAchievement = In(ReportItems.GoalAchievement) ? typed.GoalAchievement : stored.GoalAchievement,
            GoalAchievementText = In(ReportItems.GoalAchievementText) ? typed.GoalAchievementText : stored.GoalAchievementText,
            Hours = In(ReportItems.Hours) ? typed.Hours : stored.Hours,
            Figures = section == ReportSection.Figures ? typed.Figures : stored.Figures,
            NotKnown = section == ReportSection.Figures ? typed.NotKnown : stored.NotKnown,
            FreeText = In(ReportItems.FreeText) ? typed.FreeText : stored.FreeText,
            Values = values,
        };
    }
}
