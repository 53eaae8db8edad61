using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// Evaluation results for organizers and participants: statistics per gathering (network and municipality), the trend of
/// every stable item across the gatherings, with every group of fewer than the network's small-group minimum (<see cref="Networks.LearningNetwork.SmallGroupMinimum"/>) answers
/// left out (<see cref="SmallGroups"/>). Pure.
/// </summary>
public static class EvaluationResults
{
    /// <summary>The statement followed over the whole network period: the bank's first stable Likert item (null if none).</summary>
    public static EvaluationItem? TrendItem(NetworkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.EvaluationItems.FirstOrDefault(i => i.Stable && i.Kind == EvaluationItemKind.Likert);
    }

    /// <summary>An item's statistics over <paramref name="answers"/> (no suppression here: callers decide what to show).</summary>
    public static ItemStatistics Statistics(EvaluationItem item, IEnumerable<EvaluationAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(answers);
        var values = answers.Select(a => a.Values.GetValueOrDefault(item.Id)).OfType<EvaluationValue>().ToList();
        var dontKnow = values.Count(v => v.DontKnow);
        if (item.Kind == EvaluationItemKind.Hours)
        {
            var hours = values.Select(v => v.Hours).OfType<decimal>().ToList();
            return new ItemStatistics(hours.Count, [], 0, hours.Count == 0 ? null : Math.Round(hours.Average(), 1));
        }

        var scores = values.Select(v => v.Score).OfType<int>().ToList();
        var counts = Enumerable.Range(1, 5).Select(s => scores.Count(x => x == s)).ToList();
        var n = item.Kind == EvaluationItemKind.Text ? values.Count(v => v.Text is not null) : scores.Count + dontKnow;
        return new ItemStatistics(n, item.Kind == EvaluationItemKind.Text ? [] : counts, dontKnow,
            scores.Count == 0 ? null : Math.Round((decimal)scores.Average(), 2));
    }

    /// <param name="answers">The gathering's answers.</param>
    /// <param name="invited">How many were asked, if known; else the plan's members now.</param>
    public static GatheringResult ForGathering(NetworkPlan plan, int gathering, IReadOnlyList<EvaluationAnswer> answers, int? invited)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(answers);
        var asked = invited ?? plan.Members.Count;
        if (answers.Count < plan.Network.SmallGroupMinimum)
        {
            return new GatheringResult(gathering, answers.Count, asked, true, [], new Dictionary<string, IReadOnlyList<string>>());
        }

        var items = new List<ItemResult>();
        var texts = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var item in EvaluationRules.ItemsAt(plan, gathering))
        {
            if (item.Kind == EvaluationItemKind.Text)
            {
                texts[item.Id] = [.. answers.Select(a => a.Values.GetValueOrDefault(item.Id)?.Text).OfType<string>().Order(StringComparer.Ordinal)];
                continue;
            }

            var network = Statistics(item, answers);
            items.Add(new ItemResult(item.Id, network.N < plan.Network.SmallGroupMinimum ? null : network, ByMunicipality(plan, item, answers)));
        }

        return new GatheringResult(gathering, answers.Count, asked, false, items, texts);
    }

    /// <summary>Every stable scored item (Likert, rating, hours) across the gatherings whose evaluation has opened.</summary>
    public static IReadOnlyList<ItemTrend> Trends(NetworkPlan plan, IReadOnlyList<EvaluationAnswer> answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(answers);
        var gatherings = plan.Gatherings.Where(g => now >= Deadlines.EvaluationOpens(plan.Network, g)).Select(g => g.Number).Order().ToList();
        var byGathering = answers.GroupBy(a => a.Gathering).ToDictionary(g => g.Key, g => (IReadOnlyList<EvaluationAnswer>)[.. g]);
        var trends = new List<ItemTrend>();
        foreach (var item in plan.EvaluationItems.Where(i => i.Stable && i.Kind != EvaluationItemKind.Text))
        {
            var network = new List<TrendPoint>();
            var municipalities = plan.Network.Municipalities.ToDictionary(m => m.Id, _ => new List<TrendPoint>(), StringComparer.Ordinal);
            foreach (var number in gatherings)
            {
                var these = byGathering.GetValueOrDefault(number) ?? [];
                var all = Statistics(item, these);
                network.Add(new TrendPoint(number, all.N < plan.Network.SmallGroupMinimum ? null : all.Mean, all.N));
                foreach (var group in ByMunicipality(plan, item, these))
                {
                    CollectionExtensions.GetValueOrDefault(municipalities, group.MunicipalityId)?.Add(new TrendPoint(number, group.Statistics?.Mean, group.Statistics?.N ?? 0));
                }
            }

            trends.Add(new ItemTrend(item.Id, network, municipalities.ToDictionary(p => p.Key, p => (IReadOnlyList<TrendPoint>)p.Value, StringComparer.Ordinal)));
        }

        return trends;
    }

    /// <summary>One entry per municipality of the plan; suppressed groups carry no figures (not even their size).</summary>
    private static List<GroupStatistics> ByMunicipality(NetworkPlan plan, EvaluationItem item, IReadOnlyList<EvaluationAnswer> answers)
    {
        // Answers from a municipality no longer in the plan count as a group too (left out of the list, but kept in the
        // suppression arithmetic so that subtraction cannot reveal them).
        var ids = plan.Network.Municipalities.Select(m => m.Id).Union(answers.Select(a => a.MunicipalityId), StringComparer.Ordinal);
        var stats = ids.ToDictionary(id => id, id => Statistics(item, answers.Where(a => a.MunicipalityId == id)), StringComparer.Ordinal);
        var suppressed = SmallGroups.Suppressed(stats.ToDictionary(s => s.Key, s => s.Value.N, StringComparer.Ordinal), plan.Network.SmallGroupMinimum);
        return [.. stats.Where(s => plan.Network.Municipalities.Any(m => m.Id == s.Key)).Select(s => suppressed.Contains(s.Key)
            ? new GroupStatistics(s.Key, true, null)
            : new GroupStatistics(s.Key, false, s.Value.N == 0 ? null : s.Value))];
    }
}
