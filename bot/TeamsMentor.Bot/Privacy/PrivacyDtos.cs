namespace TeamsMentor.Bot.Privacy;

/// <summary>What the privacy API answers.</summary>
public static class PrivacyDtos
{
    /// <summary>A person found by name or e-mail: the key to export or erase them by, and where they are (only where the caller may look).</summary>
    public sealed record PersonHit(string Person, string Name, string? Email, bool KnownToTeams, IReadOnlyList<PersonPlace> Places);

    /// <summary>A network the person is in: on a team, or as an organizer.</summary>
    public sealed record PersonPlace(string NetworkId, string NetworkName, string? TeamId, string? TeamName, bool Organizer);

    public sealed record EraseRequest(string? Person, string? NetworkId);

    /// <summary>
    /// What an erasure did: rows deleted and rewritten per table, whether the rows shared across networks went too, and
    /// how many rows still name the person (0 unless something changed them meanwhile; erasing again finishes).
    /// </summary>
    public sealed record ErasureDto(string EventId, int Deleted, int Changed, bool Shared, int Remaining, IReadOnlyDictionary<string, TableCountDto> Tables);

    public sealed record TableCountDto(int Deleted, int Changed);

    /// <summary>One recorded erasure (no one's name or id but the requester's).</summary>
    public sealed record ErasureEventDto(string Id, DateTimeOffset At, string RequestedBy, string? NetworkId, bool Shared, int Deleted, int Changed, string Reason);

    /// <summary>A network's retention: its end, when organizers are warned, when its members' personal data goes, and how many members (not organizers) are left.</summary>
    public sealed record RetentionDto(DateOnly End, DateTimeOffset WarnAt, DateTimeOffset PurgeAt, int Months, int Members, int PayloadDays);
}
