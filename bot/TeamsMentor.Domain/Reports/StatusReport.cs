namespace TeamsMentor.Domain.Reports;

/// <summary>
/// A team's statusrapport before a gathering: sub-goals, measures, goal achievement, hours since the last gathering,
/// task results and the figures the network reports.
/// </summary>
public sealed record StatusReport
{
    public required int Gathering { get; init; }
    public required string TeamId { get; init; }
    public StatusReportState State { get; init; }
    public string? SubGoals { get; init; }
    public string? Measures { get; init; }

    /// <summary>Måloppnåelse on a 1-5 scale, with text.</summary>
    public int? GoalAchievement { get; init; }
    public string? GoalAchievementText { get; init; }
    public decimal? Hours { get; init; }
    public MentorFigures? Figures { get; init; }
    public string? FreeText { get; init; }

    /// <summary>The tasks given at the previous gathering, each answered.</summary>
    public IReadOnlyList<TaskResult> Tasks { get; init; } = [];

    /// <summary>Answers to the plan's own report items (ids other than <see cref="ReportItems"/>' well-known ones), as typed.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Items answered "not known yet" (figures before the first mentors exist).</summary>
    public IReadOnlyList<string> NotKnown { get; init; } = [];

    public string? SubmittedBy { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Who saved it last (a name, for the card) and when.</summary>
    public string? LastEditedBy { get; init; }
    public DateTimeOffset? LastEditedAt { get; init; }

    /// <summary>An organizer reopened it after the deadline: the team may edit and submit again.</summary>
    public bool Reopened { get; init; }

    /// <summary>
    /// The save token of the card form that wrote this version: a save sent again after "could not confirm" finds
    /// its own earlier write by it (and saves over it) instead of taking it for someone else's.
    /// </summary>
    public string? SaveToken { get; init; }
}
