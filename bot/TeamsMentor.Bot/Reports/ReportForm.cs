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
    public const string SubGoals = "subGoals";
    public const string Measures = "measures";
    public const string GoalAchievement = "goalAchievement";
    public const string GoalAchievementText = "goalAchievementText";
    public const string Hours = "hours";
    public const string FreeText = "freeText";

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

    /// <summary>A stored (or prefilled) report as the card's input values.</summary>
    public static ReportForm From(StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [SubGoals] = report.SubGoals,
            [Measures] = report.Measures,
            [GoalAchievement] = report.GoalAchievement?.ToString(CultureInfo.InvariantCulture),
            [GoalAchievementText] = report.GoalAchievementText,
            [Hours] = report.Hours?.ToString(CultureInfo.InvariantCulture),
            [FreeText] = report.FreeText,
        };
        if (report.Figures is { } f)
        {
            values["mentors"] = f.Mentors.ToString(CultureInfo.InvariantCulture);
            values["mentorsTrained"] = f.MentorsTrained.ToString(CultureInfo.InvariantCulture);
            values["newHiresWithMentor"] = f.NewHiresWithMentor.ToString(CultureInfo.InvariantCulture);
            values["newHiresWithMentorQuit"] = f.NewHiresWithMentorQuit.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var task in report.Tasks)
        {
            values[TaskInput(task.TaskId)] = Outcome(task.Outcome);
            values[CommentInput(task.TaskId)] = task.Comment;
        }

        return new ReportForm(values);
    }

    /// <summary>
    /// The report the inputs make for <paramref name="gathering"/> (content only; state and who are the caller's), and
    /// what could not be read (a number that is not one). Only the given tasks are read: anything else in the payload is ignored.
    /// </summary>
    public (StatusReport Report, IReadOnlyList<ReportIssue> Issues) ToReport(string teamId, int gathering, IEnumerable<string> taskIds)
    {
        var issues = new List<ReportIssue>();
        int? Whole(string id)
        {
            if (this[id] is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            issues.Add(new ReportIssue(id, "notANumber"));
            return null;
        }

        decimal? hours = null;
        if (this[Hours] is { } h)
        {
            if (decimal.TryParse(h.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
            {
                hours = parsed;
            }
            else
            {
                issues.Add(new ReportIssue(Hours, "notANumber"));
            }
        }

        var counts = StatusReportRules.FigureFields.Select(Whole).ToList();
        var figures = counts.All(c => c is not null) ? new MentorFigures(counts[0]!.Value, counts[1]!.Value, counts[2]!.Value, counts[3]!.Value) : null;
        if (figures is null && counts.Any(c => c is not null))
        {
            // Some figures but not all: say which are missing rather than dropping the rest.
            issues.AddRange(StatusReportRules.FigureFields.Where((_, i) => counts[i] is null && this[StatusReportRules.FigureFields[i]] is null)
                .Select(f => new ReportIssue(f, ReportIssue.Required)));
        }

        var answered = taskIds.Select(id => (Id: id, Typed: this[TaskInput(id)], Outcome: ParseOutcome(this[TaskInput(id)]))).ToList();
        issues.AddRange(answered.Where(x => x.Typed is not null && x.Outcome is null).Select(x => new ReportIssue(TaskInput(x.Id), ReportIssue.UnknownChoice)));
        var tasks = answered
            .Where(x => x.Outcome is not null)
            .Select(x => new TaskResult(x.Id, x.Outcome!.Value, this[CommentInput(x.Id)]))
            .ToList();
        var report = new StatusReport
        {
            TeamId = teamId,
            Gathering = gathering,
            SubGoals = this[SubGoals],
            Measures = this[Measures],
            GoalAchievement = Whole(GoalAchievement),
            GoalAchievementText = this[GoalAchievementText],
            Hours = hours,
            Figures = figures,
            FreeText = this[FreeText],
            Tasks = tasks,
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
