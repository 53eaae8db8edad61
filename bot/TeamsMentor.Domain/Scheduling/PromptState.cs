
namespace TeamsMentor.Domain.Scheduling;

/// <summary>What has happened so far: prompts sent (by key, with when) and status reports submitted.</summary>
public sealed record PromptState
{
    public static readonly PromptState Empty = new();

    public IReadOnlyDictionary<string, DateTimeOffset> Sent { get; init; } = new Dictionary<string, DateTimeOffset>();

    /// <summary>(gathering, team) pairs whose status report is submitted.</summary>
    public IReadOnlySet<(int Gathering, string TeamId)> SubmittedReports { get; init; } = new HashSet<(int, string)>();

    public IReadOnlyList<OpenScreen.OpenScreenSession> Sessions { get; init; } = [];
}
