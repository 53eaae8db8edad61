namespace TeamsMentor.Domain.Networks;

/// <summary>A person in a municipality team. <see cref="AadObjectId"/> ties them to their Teams identity once known.</summary>
public sealed record Member
{
    public required string Id { get; init; }
    public required string TeamId { get; init; }
    public required string Name { get; init; }
    public string? Email { get; init; }
    public string? AadObjectId { get; init; }

    /// <summary>
    /// The person's Teams user id for this app (<c>29:…</c>), learned from the team's roster or their own activities; what
    /// a 1:1 chat is opened with. Not in the plan document.
    /// </summary>
    public string? TeamsUserId { get; init; }
    public TeamRoles Roles { get; init; }
    public bool IsGuest { get; init; }

    /// <summary>Joined through Teams (the channel roster or "min rolle"), not through the plan: a full re-import keeps them.</summary>
    public bool JoinedViaTeams { get; init; }

    /// <summary>
    /// When Teams said the person left the team (removed from the Teams team of the linked channel): marked, not erased,
    /// so their reports and history stay theirs; no more prompts go to them. Learned in Teams, not in the plan document;
    /// cleared when the roster has them again.
    /// </summary>
    public DateTimeOffset? LeftAt { get; init; }

    /// <summary>Still on the team (has not left it in Teams).</summary>
    public bool IsCurrent => LeftAt is null;

    public bool Has(TeamRoles role) => (Roles & role) == role;
}
