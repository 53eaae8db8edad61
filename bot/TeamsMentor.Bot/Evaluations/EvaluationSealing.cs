using System.Collections.Concurrent;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// Seals each evaluation shortly after it closes (<see cref="EvaluationRules.SealsAt"/>): its answers move under random
/// keys and its pending markers go (<see cref="IEvaluationRepository.SealAsync"/>), so from then on no answer can be
/// linked to a person. Runs in the scheduler's pass; each instance remembers what it has seen sealed, so a pass with
/// nothing new to seal reads nothing.
/// </summary>
public sealed class EvaluationSealing(IEvaluationRepository evaluations, ILogger<EvaluationSealing> logger) : Delivery.ISchedulerPass
{
    private readonly ConcurrentDictionary<(string Network, int Gathering), bool> _sealed = new();

    public bool IsDue(NetworkPlan plan, DateTimeOffset now) => Due(plan, now).Count > 0;

    public async Task RunAsync(NetworkPlan plan, IReadOnlyList<StatusReport> read, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var due = Due(plan, now);
        if (due.Count == 0)
        {
            return;
        }

        var id = plan.Network.Id;
        var opened = await evaluations.OpenedAsync(id, cancellationToken);
        foreach (var gathering in due)
        {
            if (opened.TryGetValue(gathering.Number, out var isSealed) && !isSealed)
            {
                var moved = await evaluations.SealAsync(id, gathering.Number, now, cancellationToken);
                EvaluationsLog.Sealed(logger, gathering.Number, moved);
            }

            // Never opened: nothing to seal, and it cannot open after closing.
            _sealed[(id, gathering.Number)] = true;
        }
    }

    private List<Gathering> Due(NetworkPlan plan, DateTimeOffset now) =>
        [.. plan.Gatherings.Where(g => EvaluationRules.SealsAt(plan.Network, g) <= now && !_sealed.ContainsKey((plan.Network.Id, g.Number)))];
}
