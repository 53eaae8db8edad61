using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// A feature's part in each scheduler pass beside the waves (e.g. freezing the reports whose deadline has passed): called
/// once per network per pass with the reports the pass has read, in the instance that sends.
/// </summary>
public interface ISchedulerPass
{
    Task RunAsync(NetworkPlan plan, IReadOnlyList<StatusReport> read, DateTimeOffset now, CancellationToken cancellationToken);
}
