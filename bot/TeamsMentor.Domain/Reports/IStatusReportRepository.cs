using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Domain.Reports;

/// <summary>
/// Status reports: one per team and gathering, every write guarded by the version the writer read (two members saving
/// at once: one wins, the other is told). A network's reports are one partition, so the organizers' matrix is one query.
/// </summary>
public interface IStatusReportRepository
{
    Task<Versioned<StatusReport>?> GetAsync(string networkId, string teamId, int gathering, CancellationToken cancellationToken);

    /// <summary>Saves a report; version null: it must not exist yet. Returns the outcome and the new version.</summary>
    Task<(WriteOutcome Outcome, string? Version)> SaveAsync(string networkId, StatusReport report, string? version, CancellationToken cancellationToken);

    /// <summary>Every report of a network (the matrix, the figures table, exports).</summary>
    Task<IReadOnlyList<StatusReport>> ListAsync(string networkId, CancellationToken cancellationToken);

    /// <summary>The team's latest report for an earlier gathering (what a new one is prefilled from), or null.</summary>
    Task<StatusReport?> GetPreviousAsync(string networkId, string teamId, int gathering, CancellationToken cancellationToken);
}
