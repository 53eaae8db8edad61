namespace TeamsMentor.Domain.Reports;

/// <summary>The network's frozen report snapshots, one per gathering, written once.</summary>
public interface IReportSnapshotRepository
{
    /// <summary>Which gatherings have a snapshot, and when each was frozen.</summary>
    Task<IReadOnlyDictionary<int, DateTimeOffset>> ListAsync(string networkId, CancellationToken cancellationToken);

    Task<ReportSnapshot?> GetAsync(string networkId, int gathering, CancellationToken cancellationToken);

    /// <summary>Stores the snapshot whole (one transaction); false when the gathering has one already (it is never replaced).</summary>
    Task<bool> AddAsync(string networkId, ReportSnapshot snapshot, CancellationToken cancellationToken);
}
