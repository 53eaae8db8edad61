using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The status-report card's inputs as the user typed them (input id → text), and the report they make. Kept as text so
/// that a refused card comes back with exactly what was typed.
/// </summary>
public sealed class ReportForm
{
    public const string SubGoals = ReportItems.SubGoals;
    public const string Measures = ReportItems.Measures;
    public const string GoalAchievement = ReportItems.GoalAchievement;
    public const string GoalAchievementText = ReportItems.GoalAchievementText;
    public const string Hours = ReportItems.Hours;
    public const string FreeText = ReportItems.FreeText;

    public ReportForm(IReadOnlyDictionary<string, string?> values) => Values = values;

    public IReadOnlyDictionary<string, string?> Values { get; }

    public string? this[string id] => Values.TryGetValue(id, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>The inputs as an invoke carries them (merged into the card's data): every plain value, as text.</summary>
    public static ReportForm Typed(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new ReportForm(data.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => (string?)p.Value!.ToString(), StringComparer.Ordinal));
    }

    public static string TaskInput(string taskId) => $"task.{taskId}";

    public static string CommentInput(string taskId) => $"task.{taskId}.comment";

    /// <summary>The task's document link (https, to the team's own files).</summary>
    public static string LinkInput(string taskId) => $"task.{taskId}.link";

    /// <summary>The toggle "we have no figures yet" (the figures answered "not known yet").</summary>
    public const string FiguresNotKnown = "figures.notKnown";

    /// <summary>A stored (or prefilled) report as the card's input values.</summary>
    public static ReportForm From(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // Every answer but the tasks' under its item's input id (the app's own items and the plan's).
        var values = ReportItems.KnownKinds.Keys.Where(id => id != ReportItems.Tasks).Concat(report.Values.Keys)
            .Select(id => (Id: id, Value: report.Answer(id, CultureInfo.InvariantCulture)))
            .Where(x => x.Value is not null)
            .ToDictionary(x => x.Id, x => x.Value, StringComparer.Ordinal);
        if (report.NotKnown.Count > 0)
        {
            values[FiguresNotKnown] = "true";
        }

        foreach (var task in report.Tasks)
        {
            values[TaskInput(task.TaskId)] = Outcome(task.Outcome);
            values[CommentInput(task.TaskId)] = task.Comment;
            values[LinkInput(task.TaskId)] = task.Links.Count > 0 ? task.Links[0] : null;
        }

        return new ReportForm(values);
    }

    /// <summary>
    /// The report the inputs make for <paramref name="gathering"/> (content only; state and who are the caller's), and
    /// what could not be read (a number that is not one, a link to a host the app does not allow). Only the items asked
    /// and the given tasks are read: anything else in the payload is ignored.
    /// </summary>
    public (StatusReport Report, IReadOnlyList<ReportIssue> Issues) ToReport(string teamId, int gathering, IReadOnlyList<ReportItem> asked, IEnumerable<string> taskIds,
        IReadOnlyList<string> documentHosts)
    {
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(documentHosts);
        var issues = new List<ReportIssue>();
        var isAsked = asked.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        string? Read(string id) => isAsked.Contains(id) ? this[id] : null;
        int? Whole(string id)
        {
            if (Read(id) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            issues.Add(new ReportIssue(id, ReportIssue.NotAWholeNumber));
            return null;
        }

        decimal? hours = null;
        if (Read(Hours) is { } h)
        {
            if (decimal.TryParse(h.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                hours = parsed;
            }
            else
            {
                issues.Add(new ReportIssue(Hours, ReportIssue.NotANumber));
            }
        }

        var figureItems = asked.Where(i => ReportItems.Figures.Contains(i.Id)).ToList();
        var notKnown = figureItems.Count > 0 && this[FiguresNotKnown] is "true" ? figureItems.Where(i => i.NotYetKnown).Select(i => i.Id).ToList() : [];
        MentorFigures? figures = null;
        if (notKnown.Count == 0 && figureItems.Count > 0)
        {
            var counts = ReportItems.Figures.Select(Whole).ToList();
            figures = counts.All(c => c is not null) ? new MentorFigures(counts[0]!.Value, counts[1]!.Value, counts[2]!.Value, counts[3]!.Value) : null;
            if (figures is null && counts.Any(c => c is not null))
            {
                // Some figures but not all: say which are missing rather than dropping the rest.
                issues.AddRange(ReportItems.Figures.Where((_, i) => counts[i] is null && Read(ReportItems.Figures[i]) is null)
                    .Select(f => new ReportIssue(f, ReportIssue.Required)));
            }
        }

        var answered = isAsked.Contains(ReportItems.Tasks)
            ? taskIds.Select(id => (Id: id, Typed: this[TaskInput(id)], Outcome: ParseOutcome(this[TaskInput(id)]))).ToList()
            : [];
        issues.AddRange(answered.Where(x => x.Typed is not null && x.Outcome is null).Select(x => new ReportIssue(TaskInput(x.Id), ReportIssue.UnknownChoice)));
        var tasks = answered
            .Where(x => x.Outcome is not null)
            .Select(x => new TaskResult(x.Id, x.Outcome!.Value, this[CommentInput(x.Id)]) { Links = this[LinkInput(x.Id)] is { } link ? [link] : [] })
            .ToList();
        foreach (var task in tasks)
        {
            foreach (var link in task.Links.Where(l => Uri.TryCreate(l, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !DocumentHosts.Allows(documentHosts, uri)))
            {
                issues.Add(new ReportIssue(LinkInput(task.TaskId), ReportIssue.NotAllowedHost));
            }
        }

        var own = asked.Where(i => !ReportItems.KnownKinds.ContainsKey(i.Id) && this[i.Id] is not null)
            .ToDictionary(i => i.Id, i => i.Kind == ReportItemKind.Number ? this[i.Id]!.Replace(',', '.') : this[i.Id]!, StringComparer.Ordinal);
        var report = new StatusReport
        {
            TeamId = teamId,
            Gathering = gathering,
            SubGoals = Read(SubGoals),
            Measures = Read(Measures),
            GoalAchievement = Whole(GoalAchievement),
            GoalAchievementText = Read(GoalAchievementText),
            Hours = hours,
            Figures = figures,
            FreeText = Read(FreeText),
            Tasks = tasks,
            Values = own,
            NotKnown = notKnown,
        };
        return (report, issues);
    }

    public static string Outcome(TaskOutcome outcome) => outcome switch
    {
        TaskOutcome.Done => "done",
        TaskOutcome.Partly => "partly",
        _ => "notYet",
    };

    private static TaskOutcome? ParseOutcome(string? value) => value switch
    {
        "done" => TaskOutcome.Done,
        "partly" => TaskOutcome.Partly,
        "notYet" => TaskOutcome.NotYet,
        _ => null,
    };
}
