using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// What the big screen in the room shows of a gathering's evaluation while it is answered: for each statement, rating
/// and hours item, the network's distribution and mean (no free text, no municipality). The figures are a snapshot that
/// moves only when at least the network's small-group minimum of new answers have come in since the last one, so no single
/// answer (new or changed) can be read off a change; an item's figures show only once it has that many answers.
/// </summary>
public static class LiveResults
{
    /// <summary>
    /// The snapshot to show now: <paramref name="shown"/> while fewer than the minimum have answered since it was taken
    /// (null before the first minimum), else a new one over every answer there is.
    /// </summary>
    public static LiveSnapshot? Next(NetworkPlan plan, int gathering, LiveSnapshot? shown, IReadOnlyList<EvaluationAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(answers);
        var minimum = plan.Network.SmallGroupMinimum;
        if (answers.Count < (shown?.Answers ?? 0) + minimum)
        {
            return shown;
        }

        var items = EvaluationRules.ItemsAt(plan, gathering).Where(i => i.Kind != EvaluationItemKind.Text).Select(item =>
        {
            var statistics = EvaluationResults.Statistics(item, answers);
            return new LiveItem(item.Id, statistics.N >= minimum ? statistics : null);
        }).ToList();
        return new LiveSnapshot(gathering, answers.Count, items);
    }
}

/// <summary>A snapshot of a gathering's live results: taken at <paramref name="Answers"/> answers.</summary>
public sealed record LiveSnapshot(int Gathering, int Answers, IReadOnlyList<LiveItem> Items);

/// <summary>One item's figures in a snapshot; null while it has fewer answers than the small-group minimum.</summary>
public sealed record LiveItem(string ItemId, ItemStatistics? Statistics);
