using System.Collections.Concurrent;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// Freezes a gathering's status reports once their deadline has passed (<see cref="ReportSnapshots"/>): on the
/// scheduler's pass, and before an organizer reopens a report, so that edits after the deadline show as changes. Each
/// instance remembers which gatherings are frozen, so a pass with nothing new to freeze reads nothing.
/// </summary>
public sealed class ReportSnapshotService(IReportSnapshotRepository snapshots, IStatusReportRepository reports) : Delivery.ISchedulerPass
{
    private readonly ConcurrentDictionary<(string Network, int Gathering), bool> _frozen = new();

    public bool IsDue(NetworkPlan plan, DateTimeOffset now) => Due(plan, now).Count > 0;

    public Task RunAsync(NetworkPlan plan, IReadOnlyList<StatusReport> read, DateTimeOffset now, CancellationToken cancellationToken) =>
        FreezeDueAsync(plan, read, now, cancellationToken);

    /// <summary>Freezes every gathering whose deadline has passed by <paramref name="now"/> and that has no snapshot yet; the reports read already may be given.</summary>
    public async Task FreezeDueAsync(NetworkPlan plan, IReadOnlyList<StatusReport>? known, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var id = plan.Network.Id;
        var due = Due(plan, now);
        if (due.Count == 0)
        {
            return;
        }

        var existing = await snapshots.ListAsync(id, cancellationToken);
        var all = known ?? await reports.ListAsync(id, cancellationToken);
        foreach (var gathering in due)
        {
            if (!existing.ContainsKey(gathering.Number))
            {
                await snapshots.AddAsync(id, ReportSnapshots.Freeze(plan, gathering.Number, all, now), cancellationToken);
            }

            _frozen[(id, gathering.Number)] = true;
        }
    }

    /// <summary>The gatherings whose deadline has passed and that this instance has not seen frozen.</summary>
    private List<Gathering> Due(NetworkPlan plan, DateTimeOffset now) =>
        [.. plan.Gatherings.Where(g => Deadlines.StatusReport(plan.Network, g) <= now && !_frozen.ContainsKey((plan.Network.Id, g.Number)))];
}
