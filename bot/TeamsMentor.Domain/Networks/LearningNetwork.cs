namespace TeamsMentor.Domain.Networks;

/// <summary>
/// A læringsnettverk: about two years, several municipalities, one organizer group. The network's own facts; its
/// gatherings, teams, members, tasks and item bank live beside it in a <see cref="NetworkPlan"/>.
/// </summary>
public sealed record LearningNetwork
{
    public const string DefaultTimeZone = "Europe/Oslo";
    public const string DefaultLocaleName = "nb-NO";

    public required string Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public string TimeZoneId { get; init; } = DefaultTimeZone;
    public string DefaultLocale { get; init; } = DefaultLocaleName;

    /// <summary>
    /// The fewest evaluation answers a group's results are shown for (<see cref="Evaluations.SmallGroups"/>): 3 by default
    /// and never less; 5 is safer where a municipality's team is small.
    /// </summary>
    public int SmallGroupMinimum { get; init; } = Evaluations.SmallGroups.Minimum;
    public IReadOnlyList<Organizer> Organizers { get; init; } = [];
    public IReadOnlyList<Phase> Phases { get; init; } = [];
    public IReadOnlyList<Municipality> Municipalities { get; init; } = [];
    public PromptSchedule Schedule { get; init; } = new();

    /// <summary>
    /// The organizers' own channel, linked in Teams ("koble" → the network's organizers): where the status-report
    /// digest goes after each deadline. Like a team's channel it is learned in Teams, not part of the plan document.
    /// </summary>
    public ChannelLink? OrganizerChannel { get; init; }

    /// <summary>The network's time zone (Europe/Oslo unless the plan says otherwise).</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    /// <summary>True when the person with this Entra object id organizes the network.</summary>
    public bool IsOrganizer(string? aadObjectId) =>
        aadObjectId is not null && Organizers.Any(o => string.Equals(o.AadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase));
}
