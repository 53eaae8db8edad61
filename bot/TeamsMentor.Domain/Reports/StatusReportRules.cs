using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Reports;

/// <summary>
/// What a status report must hold, who may change it when, and what a new one starts from. Pure: the card handler and
/// the tab call it with the plan and the clock.
/// </summary>
public static class StatusReportRules
{
    public const int MaxTextLength = 4000;
    public const int MaxCommentLength = 1000;
    public const int MaxCount = 100_000;
    public const decimal MaxHours = 10_000;

    /// <summary>The card inputs of the four figures, in the order the card shows them.</summary>
    public static IReadOnlyList<string> FigureFields => ReportItems.Figures;

    /// <summary>The plan's report items asked at <paramref name="gathering"/>, in the plan's order.</summary>
    public static IReadOnlyList<ReportItem> Asked(NetworkPlan plan, int gathering)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var last = plan.Gatherings.Count == 0 ? 0 : plan.Gatherings.Max(g => g.Number);
        return [.. plan.ReportItems.Where(i => i.AskedAt(gathering) && (!i.FinalOnly || gathering == last))];
    }

    /// <summary>The default items asked at <paramref name="gathering"/> (a report validated without a plan at hand).</summary>
    public static IReadOnlyList<ReportItem> DefaultsAt(int gathering) => [.. ReportItems.Defaults.Where(i => i.AskedAt(gathering) && !i.FinalOnly)];

    /// <summary>
    /// Every problem with the report as typed, for the items asked (<paramref name="asked"/>). A draft may be incomplete
    /// (only wrong values count); a submitted report needs every required item: the figures may instead be "not known
    /// yet" where the plan allows it, and every task needs an answer.
    /// </summary>
    public static IReadOnlyList<ReportIssue> Validate(StatusReport report, IReadOnlyList<ReportItem> asked, IReadOnlyCollection<string> taskIds, bool submitting)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(taskIds);
        var issues = new List<ReportIssue>();
        var required = asked.Where(i => i.Required).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        bool Must(string id) => submitting && required.Contains(id);
        foreach (var item in asked)
        {
            switch (item.Id)
            {
                case ReportItems.SubGoals: Text(issues, item.Id, report.SubGoals, MaxTextLength, Must(item.Id)); break;
                case ReportItems.Measures: Text(issues, item.Id, report.Measures, MaxTextLength, Must(item.Id)); break;
                case ReportItems.GoalAchievementText: Text(issues, item.Id, report.GoalAchievementText, MaxTextLength, Must(item.Id)); break;
                case ReportItems.FreeText: Text(issues, item.Id, report.FreeText, MaxTextLength, Must(item.Id)); break;
                case ReportItems.GoalAchievement: Likert(issues, item.Id, report.GoalAchievement, Must(item.Id)); break;
                case ReportItems.Hours: Hours(issues, item.Id, report.Hours, Must(item.Id)); break;
                case ReportItems.Tasks:
                case ReportItems.Mentors or ReportItems.MentorsTrained or ReportItems.NewHiresWithMentor or ReportItems.NewHiresWithMentorQuit:
                    break; // below, together
                default: Own(issues, item, report.Values.GetValueOrDefault(item.Id), Must(item.Id)); break;
            }
        }

        var figures = asked.Where(i => ReportItems.Figures.Contains(i.Id)).ToList();
        if (figures.Count > 0)
        {
            var unknown = figures.All(f => f.NotYetKnown && report.NotKnown.Contains(f.Id));
            Figures(issues, report.Figures, submitting && !unknown && figures.Any(f => f.Required));
        }

        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in report.Tasks)
        {
            if (!taskIds.Contains(task.TaskId))
            {
                issues.Add(new ReportIssue($"task.{task.TaskId}", ReportIssue.UnknownTask));
                continue;
            }

            answered.Add(task.TaskId);
            Text(issues, $"task.{task.TaskId}.comment", task.Comment, MaxCommentLength, required: false);
            foreach (var (link, i) in task.Links.Select((l, i) => (l, i)))
            {
                if (link.Length > MaxLinkLength || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
                {
                    issues.Add(new ReportIssue($"task.{task.TaskId}.link", ReportIssue.NotALink));
                }
            }
        }

        if (submitting && asked.Any(i => i.Id == ReportItems.Tasks && i.Required))
        {
            issues.AddRange(taskIds.Where(id => !answered.Contains(id)).Select(id => new ReportIssue($"task.{id}", ReportIssue.Required)));
        }

        return issues;
    }

    public const int MaxLinkLength = 2048;

    private static void Likert(List<ReportIssue> issues, string field, int? value, bool required)
    {
        if (value is { } scale && scale is < 1 or > 5)
        {
            issues.Add(new ReportIssue(field, ReportIssue.OutOfRange));
        }
        else if (required && value is null)
        {
            issues.Add(new ReportIssue(field, ReportIssue.Required));
        }
    }

    private static void Hours(List<ReportIssue> issues, string field, decimal? value, bool required)
    {
        if (value is { } hours && hours < 0)
        {
            issues.Add(new ReportIssue(field, ReportIssue.Negative));
        }
        else if (value > MaxHours)
        {
            issues.Add(new ReportIssue(field, ReportIssue.TooLarge));
        }
        else if (required && value is null)
        {
            issues.Add(new ReportIssue(field, ReportIssue.Required));
        }
    }

    /// <summary>An item the plan adds: its typed text, checked by its kind.</summary>
    private static void Own(List<ReportIssue> issues, ReportItem item, string? value, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                issues.Add(new ReportIssue(item.Id, ReportIssue.Required));
            }

            return;
        }

        switch (item.Kind)
        {
            case ReportItemKind.Text:
                Text(issues, item.Id, value, MaxTextLength, required);
                break;
            case ReportItemKind.Number when !decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _):
                issues.Add(new ReportIssue(item.Id, ReportIssue.NotANumber));
                break;
            case ReportItemKind.Count:
                if (!int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n))
                {
                    issues.Add(new ReportIssue(item.Id, ReportIssue.NotAWholeNumber));
                }
                else
                {
                    Count(issues, item.Id, n);
                }

                break;
            case ReportItemKind.Likert:
                Likert(issues, item.Id, int.TryParse(value, out var scale) ? scale : 0, required);
                break;
        }
    }

    /// <summary>
    /// May the team change the report now? Until the deadline, or when an organizer reopened it; never while it is not
    /// this gathering's (the caller checks the gathering and the team).
    /// </summary>
    public static bool IsOpen(StatusReport? report, DateTimeOffset deadline, DateTimeOffset now) =>
        now < deadline || (report?.Reopened ?? false);

    /// <summary>
    /// A new report starts from the team's previous one (sub-goals, measures, goal achievement, figures: they change
    /// slowly) with the tasks given at the previous gathering, all "not yet".
    /// </summary>
    public static StatusReport Prefill(string teamId, int gathering, StatusReport? previous, IEnumerable<TaskItem> tasksToAnswer)
    {
        ArgumentNullException.ThrowIfNull(tasksToAnswer);
        return new StatusReport
        {
            Gathering = gathering,
            TeamId = teamId,
            State = StatusReportState.NotStarted,
            SubGoals = previous?.SubGoals,
            Measures = previous?.Measures,
            GoalAchievement = previous?.GoalAchievement,
            GoalAchievementText = previous?.GoalAchievementText,
            Figures = previous?.Figures,
            Tasks = [.. tasksToAnswer.Select(t => new TaskResult(t.Id, TaskOutcome.NotYet, null))],
        };
    }

    /// <summary>The tasks a report for <paramref name="gathering"/> answers: those given at the gathering before it.</summary>
    public static IReadOnlyList<TaskItem> TasksToAnswer(NetworkPlan plan, int gathering)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Tasks.Where(t => t.GivenAt == gathering - 1)];
    }

    private static void Figures(List<ReportIssue> issues, MentorFigures? figures, bool required)
    {
        if (figures is null)
        {
            if (required)
            {
                issues.AddRange(FigureFields.Select(f => new ReportIssue(f, ReportIssue.Required)));
            }

            return;
        }

        Count(issues, "mentors", figures.Mentors);
        Count(issues, "mentorsTrained", figures.MentorsTrained);
        Count(issues, "newHiresWithMentor", figures.NewHiresWithMentor);
        Count(issues, "newHiresWithMentorQuit", figures.NewHiresWithMentorQuit);
        if (figures.MentorsTrained > figures.Mentors && figures.Mentors >= 0)
        {
            issues.Add(new ReportIssue("mentorsTrained", ReportIssue.MoreTrainedThanMentors));
        }

        if (figures.NewHiresWithMentorQuit > figures.NewHiresWithMentor && figures.NewHiresWithMentor >= 0)
        {
            issues.Add(new ReportIssue("newHiresWithMentorQuit", ReportIssue.MoreQuitsThanNewHires));
        }
    }

    private static void Count(List<ReportIssue> issues, string field, int value)
    {
        if (value < 0)
        {
            issues.Add(new ReportIssue(field, ReportIssue.Negative));
        }
        else if (value > MaxCount)
        {
            issues.Add(new ReportIssue(field, ReportIssue.TooLarge));
        }
    }

    private static void Text(List<ReportIssue> issues, string field, string? value, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                issues.Add(new ReportIssue(field, ReportIssue.Required));
            }
        }
        else if (value.Length > max)
        {
            issues.Add(new ReportIssue(field, ReportIssue.TooLong));
        }
    }
}
