using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// A feature's part in each scheduler pass beside the waves (e.g. freezing the reports whose deadline has passed), in the
/// instance that sends: asked on every pass whether it has work for a network (from the plan and the time alone, without
/// reading storage), and only then run, with the network's status reports read afresh.
/// </summary>
public interface ISchedulerPass
{
    bool IsDue(NetworkPlan plan, DateTimeOffset now);

    Task RunAsync(NetworkPlan plan, IReadOnlyList<StatusReport> read, DateTimeOffset now, CancellationToken cancellationToken);
}
