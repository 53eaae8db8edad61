
namespace TeamsMentor.Domain.Scheduling;

/// <summary>What has happened so far: prompts sent (by key, with when), status reports submitted and progress plans made.</summary>
public sealed record PromptState
{
    public static readonly PromptState Empty = new();

    public IReadOnlyDictionary<string, DateTimeOffset> Sent { get; init; } = new Dictionary<string, DateTimeOffset>();

    /// <summary>(gathering, team) pairs whose status report is submitted.</summary>
    public IReadOnlySet<(int Gathering, string TeamId)> SubmittedReports { get; init; } = new HashSet<(int, string)>();

    /// <summary>(gathering, team) pairs whose progress plan for the period after that gathering is made (<see cref="Tasks.ProgressPlans.State"/>).</summary>
    public IReadOnlySet<(int Gathering, string TeamId)> MadeProgressPlans { get; init; } = new HashSet<(int, string)>();

    /// <summary>(period, team) pairs with a follow-up booked or held in that period (<see cref="FollowUps.FollowUpRules.HasOne"/>).</summary>
    public IReadOnlySet<(int Period, string TeamId)> FollowUpTeams { get; init; } = new HashSet<(int, string)>();

    public IReadOnlyList<OpenScreen.OpenScreenSession> Sessions { get; init; } = [];
}
