using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Domain.OpenScreen;

/// <summary>A network's open-screen sessions, each person's latest RSVP, and who came.</summary>
public interface IOpenScreenRepository
{
    Task<IReadOnlyList<Versioned<OpenScreenSession>>> ListSessionsAsync(string networkId, CancellationToken cancellationToken);

    Task<Versioned<OpenScreenSession>?> GetSessionAsync(string networkId, string sessionId, CancellationToken cancellationToken);

    /// <summary>Adds (no version) or replaces the session at the version read: Conflict when someone changed it first.</summary>
    Task<(WriteOutcome Outcome, string? Version)> SaveSessionAsync(string networkId, OpenScreenSession session, string? version, CancellationToken cancellationToken);

    /// <summary>The person's answer; a later answer replaces it.</summary>
    Task SetRsvpAsync(string networkId, string sessionId, OpenScreenRsvp rsvp, CancellationToken cancellationToken);

    /// <summary>One session's answers, or (no session) every session's, by session id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<OpenScreenRsvp>>> ListRsvpsAsync(string networkId, string? sessionId, CancellationToken cancellationToken);

    /// <summary>Replaces the session's attendance list.</summary>
    Task SaveAttendanceAsync(string networkId, string sessionId, OpenScreenAttendance attendance, CancellationToken cancellationToken);

    /// <summary>Every recorded attendance of the network, by session id.</summary>
    Task<IReadOnlyDictionary<string, OpenScreenAttendance>> ListAttendanceAsync(string networkId, CancellationToken cancellationToken);
}
