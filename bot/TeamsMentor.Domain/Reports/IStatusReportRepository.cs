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

    /// <summary>
    /// Saves one section: <paramref name="apply"/> makes the report from what is stored (null: nothing yet), guarded by
    /// the section's version the form was built from (null: the section was never saved). A save of another section
    /// meanwhile is read again and kept; a save of the same section is a conflict. Returns the outcome and the report as
    /// stored now (on a conflict: what is there).
    /// </summary>
    Task<(WriteOutcome Outcome, Versioned<StatusReport>? Stored)> SaveSectionAsync(string networkId, string teamId, int gathering, ReportSection section,
        string? sectionVersion, Func<StatusReport?, StatusReport> apply, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the report submitted, by whom and when, at <paramref name="version"/> and without touching its answers (one
    /// write): the caller has seen that version complete. Changed meanwhile: Conflict; no such report: NotFound.
    /// </summary>
    Task<(WriteOutcome Outcome, string? Version)> SubmitAsync(string networkId, string teamId, int gathering, string version, string submittedBy,
        DateTimeOffset at, string? saveToken, CancellationToken cancellationToken);

    /// <summary>Every report of a network (the matrix, the figures table, exports).</summary>
    Task<IReadOnlyList<StatusReport>> ListAsync(string networkId, CancellationToken cancellationToken);

    /// <summary>The team's latest report for an earlier gathering (what a new one is prefilled from), or null.</summary>
    Task<StatusReport?> GetPreviousAsync(string networkId, string teamId, int gathering, CancellationToken cancellationToken);
}
