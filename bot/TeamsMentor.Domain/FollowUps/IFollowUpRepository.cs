using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Domain.FollowUps;

/// <summary>A network's follow-ups (veiledning), one row each.</summary>
public interface IFollowUpRepository
{
    Task<IReadOnlyList<Versioned<FollowUp>>> ListAsync(string networkId, CancellationToken cancellationToken);

    Task<Versioned<FollowUp>?> GetAsync(string networkId, string followUpId, CancellationToken cancellationToken);

    /// <summary>Adds (no version) or replaces the follow-up at the version read: Conflict when someone changed it first.</summary>
    Task<(WriteOutcome Outcome, string? Version)> SaveAsync(string networkId, FollowUp followUp, string? version, CancellationToken cancellationToken);
}
