namespace TeamsMentor.Domain.Networks;

/// <summary>Where a person (by Entra object id) is: a member of a team, or an organizer of a network (TeamId null).</summary>
public sealed record Membership(string NetworkId, string? TeamId, string? MemberId, bool IsOrganizer);
