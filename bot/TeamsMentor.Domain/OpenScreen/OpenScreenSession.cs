namespace TeamsMentor.Domain.OpenScreen;

/// <summary>
/// An åpen skjerm: a voluntary Teams meeting between gatherings that any invited team can drop in to. Scheduled by an
/// organizer in Teams; the meeting itself is a calendar event in the organizer mailbox (through Microsoft Graph) or a
/// join link the organizer pasted. <see cref="Revision"/> counts changes of time or content (the calendar file's
/// SEQUENCE, and part of every reminder's key, so a moved session is reminded of again).
/// </summary>
public sealed record OpenScreenSession
{
    public required string Id { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required int DurationMinutes { get; init; }
    public required string Topic { get; init; }
    public string? Description { get; init; }

    /// <summary>The invited teams; empty means every team in the network.</summary>
    public IReadOnlyList<string> TeamIds { get; init; } = [];
    public string? JoinUrl { get; init; }

    /// <summary>The calendar event's id in the organizer mailbox when Graph created the meeting; null for a pasted link.</summary>
    public string? MeetingEventId { get; init; }

    /// <summary>The Entra object id of the organizer who scheduled it.</summary>
    public string? ScheduledBy { get; init; }

    /// <summary>When it was scheduled or last moved: reminders due before this are not sent.</summary>
    public DateTimeOffset ChangedAt { get; init; }
    public int Revision { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }

    public DateTimeOffset End => Start.AddMinutes(DurationMinutes);

    public bool IsCancelled => CancelledAt is not null;

    /// <summary>True when the team is invited (every team when none are named).</summary>
    public bool Invites(string teamId) => TeamIds.Count == 0 || TeamIds.Contains(teamId, StringComparer.Ordinal);
}
