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
    public static readonly IReadOnlyList<string> FigureFields = ["mentors", "mentorsTrained", "newHiresWithMentor", "newHiresWithMentorQuit"];

    /// <summary>
    /// Every problem with the report as typed. A draft may be incomplete (only wrong values count); a submitted report
    /// needs sub-goals, measures, goal achievement, hours, the four figures and an answer for every task.
    /// </summary>
    public static IReadOnlyList<ReportIssue> Validate(StatusReport report, IReadOnlyCollection<string> taskIds, bool submitting)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(taskIds);
        var issues = new List<ReportIssue>();
        Text(issues, "subGoals", report.SubGoals, MaxTextLength, submitting);
        Text(issues, "measures", report.Measures, MaxTextLength, submitting);
        Text(issues, "goalAchievementText", report.GoalAchievementText, MaxTextLength, required: false);
        Text(issues, "freeText", report.FreeText, MaxTextLength, required: false);
        if (report.GoalAchievement is { } scale && scale is < 1 or > 5)
        {
            issues.Add(new ReportIssue("goalAchievement", ReportIssue.OutOfRange));
        }
        else if (submitting && report.GoalAchievement is null)
        {
            issues.Add(new ReportIssue("goalAchievement", ReportIssue.Required));
        }

        if (report.Hours is { } hours && hours < 0)
        {
            issues.Add(new ReportIssue("hours", ReportIssue.Negative));
        }
        else if (report.Hours > MaxHours)
        {
            issues.Add(new ReportIssue("hours", ReportIssue.TooLarge));
        }
        else if (submitting && report.Hours is null)
        {
            issues.Add(new ReportIssue("hours", ReportIssue.Required));
        }

        Figures(issues, report.Figures, submitting);
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
        }

        if (submitting)
        {
            issues.AddRange(taskIds.Where(id => !answered.Contains(id)).Select(id => new ReportIssue($"task.{id}", ReportIssue.Required)));
        }

        return issues;
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

    private static void Figures(List<ReportIssue> issues, MentorFigures? figures, bool submitting)
    {
        if (figures is null)
        {
            if (submitting)
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
