namespace TeamsMentor.Domain.FollowUps;

/// <summary>
/// A follow-up (veiledning) between a team's advisor and its contact person in the period after gathering
/// <see cref="Period"/>: a Teams meeting the app created, a meeting by a pasted link, or a call logged afterwards.
/// <see cref="Notes"/> are the organizers' own and never shown to the team. <see cref="Revision"/> moves with each new
/// time, so an answer on the card of an earlier time is not taken for the new one.
/// </summary>
public sealed record FollowUp
{
    public required string Id { get; init; }
    public required string TeamId { get; init; }
    public required int Period { get; init; }
    public required FollowUpMode Mode { get; init; }
    public required DateTimeOffset Start { get; init; }
    public int DurationMinutes { get; init; } = FollowUpRules.DefaultMinutes;
    public FollowUpState State { get; init; }

    /// <summary>The organizer (id) who holds it: the team's advisor, or whoever booked it.</summary>
    public string? AdvisorId { get; init; }
    public string? JoinUrl { get; init; }
    public string? MeetingEventId { get; init; }

    /// <summary>The time the contact person proposed instead (state <see cref="FollowUpState.NewTimeProposed"/>).</summary>
    public DateTimeOffset? ProposedStart { get; init; }
    public string? Notes { get; init; }
    public required string BookedBy { get; init; }
    public DateTimeOffset ChangedAt { get; init; }
    public int Revision { get; init; } = 1;

    public DateTimeOffset End => Start.AddMinutes(DurationMinutes);
}

/// <summary>How the follow-up takes place.</summary>
public enum FollowUpMode
{
    /// <summary>A Teams meeting the app created in the organizers' mailbox (Microsoft Graph).</summary>
    Teams,

    /// <summary>A meeting by a link the advisor pasted.</summary>
    Link,

    /// <summary>A phone call (or a meeting in person), logged by the advisor.</summary>
    Phone,
}

public enum FollowUpState
{
    /// <summary>Booked; the contact person has not answered.</summary>
    Booked,

    /// <summary>The contact person said the time suits.</summary>
    Accepted,

    /// <summary>The contact person proposed another time: the advisor books again.</summary>
    NewTimeProposed,

    /// <summary>Held (logged by the advisor, or a booked meeting whose time has passed).</summary>
    Held,

    Cancelled,
}
