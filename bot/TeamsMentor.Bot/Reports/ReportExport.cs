using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Exports;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// Every status report of a network as export sheets: the reports (one row each, the task answers summed up in one
/// column so the .csv is complete), the task answers one per row, and the figures table with the national reference.
/// Times are in the network's time zone; labels in the organizer's language.
/// </summary>
public static class ReportExport
{
    public static IReadOnlyList<ExportSheet> Sheets(CardText t, NetworkPlan plan, IReadOnlyList<StatusReport> reports)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reports);
        var zone = plan.Network.Zone;
        var teams = plan.Teams.Select((team, i) => (team, i)).ToDictionary(x => x.team.Id, StringComparer.Ordinal);
        var titles = plan.Tasks.ToDictionary(x => x.Id, x => x.Title, StringComparer.Ordinal);
        var ordered = reports
            .OrderBy(r => r.Gathering)
            .ThenBy(r => teams.TryGetValue(r.TeamId, out var x) ? x.i : int.MaxValue)
            .ThenBy(r => r.TeamId, StringComparer.Ordinal)
            .ToList();

        DateTime? Local(DateTimeOffset? at) => at is { } value ? TimeZoneInfo.ConvertTime(value, zone).DateTime : null;
        string Municipality(string teamId) => teams.TryGetValue(teamId, out var x)
            ? plan.MunicipalityName(x.team)
            : "";
        string Team(string teamId) => teams.TryGetValue(teamId, out var x) ? x.team.Name : teamId;
        string Title(string taskId) => titles.GetValueOrDefault(taskId) ?? taskId;

        // The plan's own questions (and any a report still holds) as columns after the app's own, in the plan's order.
        var english = t.Culture.TwoLetterISOLanguageName == "en";
        var ownItems = plan.ReportItems.Where(i => !ReportItems.KnownKinds.ContainsKey(i.Id)).Select(i => (i.Id, Label: i.Text(english)))
            .Concat(reports.SelectMany(r => r.Values.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Where(id => !plan.ReportItems.Any(i => i.Id == id)).Select(id => (Id: id, Label: id)))
            .ToList();
        var reportRows = ordered.Select(r => (IReadOnlyList<object?>)
        [
            Municipality(r.TeamId), Team(r.TeamId), r.Gathering, Local(plan.GatheringNumber(r.Gathering)?.Start), State(t, r),
            r.SubmittedBy, Local(r.SubmittedAt), r.LastEditedBy, Local(r.LastEditedAt),
            r.SubGoals, r.Measures, r.GoalAchievement, r.GoalAchievementText, r.Hours,
            r.Figures?.Mentors, r.Figures?.MentorsTrained, r.Figures?.NewHiresWithMentor, r.Figures?.NewHiresWithMentorQuit,
            r.Figures?.Turnover is { } turnover ? new ExportPercent(turnover) : null,
            r.Tasks.Count == 0 ? null : string.Join("\n", r.Tasks.Select(x => $"{Title(x.TaskId)}: {Outcome(t, x.Outcome)}" + (x.Comment is { Length: > 0 } c ? $" ({c})" : ""))),
            r.FreeText,
            r.NotKnown.Count > 0 ? t["Report_FiguresNotKnown"] : null,
            .. ownItems.Select(i => (object?)r.Values.GetValueOrDefault(i.Id)),
        ]).ToList();
        var reportSheet = new ExportSheet(t["Export_ReportsSheet"],
        [
            t["Export_Municipality"], t["Export_Team"], t["Export_Gathering"], t["Export_GatheringStart"], t["Export_State"],
            t["Export_SubmittedBy"], t["Export_SubmittedAt"], t["Export_LastEditedBy"], t["Export_LastEditedAt"],
            t["Report_SubGoals"], t["Report_Measures"], t["Export_GoalAchievement"], t["Report_GoalAchievementText"], t["Report_Hours"],
            t["Report_Mentors"], t["Report_MentorsTrained"], t["Report_NewHiresWithMentor"], t["Export_Quit"], t["Export_Turnover"],
            t["Export_Tasks"], t["Report_FreeText"], t["Export_FiguresNotKnown"],
            .. ownItems.Select(i => i.Label),
        ], reportRows);

        var taskSheet = new ExportSheet(t["Export_TasksSheet"],
            [t["Export_Municipality"], t["Export_Team"], t["Export_Gathering"], t["Export_Task"], t["Export_Outcome"], t["Export_Comment"], t["Export_Links"]],
            [.. ordered.SelectMany(r => r.Tasks.Select(x => (IReadOnlyList<object?>)
                [Municipality(r.TeamId), Team(r.TeamId), r.Gathering, Title(x.TaskId), Outcome(t, x.Outcome), x.Comment, x.Links.Count == 0 ? null : string.Join("\n", x.Links)]))]);

        var (municipalities, network) = FiguresTable.Build(plan, reports);
        // A municipality none of whose teams has reported figures gets empty cells, not zeros; the last column says which
        // gatherings' reports the figures come from.
        var figureRows = municipalities.Append(network).Select(row => row.TeamsReporting == 0
            ? (IReadOnlyList<object?>)[row.Name, row.TeamsReporting, row.Teams, null, null, null, null, null, null]
            : [
                row.Name, row.TeamsReporting, row.Teams, row.Figures.Mentors, row.Figures.MentorsTrained, row.Figures.NewHiresWithMentor,
                row.Figures.NewHiresWithMentorQuit, row.Turnover is { } turnover ? new ExportPercent(turnover) : null, string.Join(", ", row.FromGatherings),
            ]).Append([t["Export_NationalReference"], null, null, null, null, null, null, new ExportPercent(FiguresTable.NationalTurnoverReference), null]).ToList();
        var figureSheet = new ExportSheet(t["Export_FiguresSheet"],
        [
            t["Export_Municipality"], t["Export_TeamsReporting"], t["Export_Teams"], t["Report_Mentors"], t["Report_MentorsTrained"],
            t["Report_NewHiresWithMentor"], t["Export_Quit"], t["Export_Turnover"], t["Export_FromGatherings"],
        ], figureRows);

        // The measures in long format: one row per team × gathering × measure the team's report holds a value for.
        var measures = MeasureTrends.Measures(plan);
        var measureRows = ordered.SelectMany(r => measures.Select(m => (Measure: m, Value: MeasureTrends.Value(m, r))).Where(x => x.Value is not null)
            .Select(x => (IReadOnlyList<object?>)
            [
                Municipality(r.TeamId), Team(r.TeamId), r.Gathering, x.Measure.Id, x.Measure.Text(english),
                x.Measure.Kind == ReportItemKind.Ratio ? new ExportPercent(x.Value!.Value) : x.Value, Direction(t, x.Measure.Direction),
                x.Measure.Target is { } target ? (x.Measure.Kind == ReportItemKind.Ratio ? new ExportPercent(target) : target) : null,
            ])).ToList();
        var measureSheet = new ExportSheet(t["Export_MeasuresSheet"],
        [
            t["Export_Municipality"], t["Export_Team"], t["Export_Gathering"], t["Export_MeasureId"], t["Export_Measure"], t["Export_Value"],
            t["Export_Direction"], t["Export_Target"],
        ], measureRows);

        return [reportSheet, taskSheet, figureSheet, measureSheet];
    }

    private static string Direction(CardText t, MeasureDirection direction) => direction switch
    {
        MeasureDirection.Up => t["Export_DirectionUp"],
        MeasureDirection.Down => t["Export_DirectionDown"],
        _ => "",
    };

    private static string State(CardText t, StatusReport r) =>
        (r.State switch
        {
            StatusReportState.Submitted => t["Export_StateSubmitted"],
            StatusReportState.Draft => t["Export_StateDraft"],
            _ => t["Export_StateNotStarted"],
        }) + (r.Reopened ? t["Export_Reopened"] : "");

    private static string Outcome(CardText t, TaskOutcome outcome) => outcome switch
    {
        TaskOutcome.Done => t["Report_OutcomeDone"],
        TaskOutcome.Partly => t["Report_OutcomePartly"],
        _ => t["Report_OutcomeNotYet"],
    };
}
