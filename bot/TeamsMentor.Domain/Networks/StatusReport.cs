namespace TeamsMentor.Domain.Networks;

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
    public string? SubmittedBy { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
}
