using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Exports;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// A network's evaluations as export sheets: every answer (one row per answer, no person, in storage order, which is a
/// keyed hash: not the order they came in) and the results per gathering, item and group. The small-group rule holds
/// here too: a gathering with fewer than 3 answers has no rows, and a municipality that could be singled out is not named.
/// </summary>
public static class EvaluationExport
{
    public static IReadOnlyList<ExportSheet> Sheets(CardText t, NetworkPlan plan, IReadOnlyList<EvaluationAnswer> answers,
        IReadOnlyDictionary<int, IReadOnlyDictionary<string, int>> invited)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(invited);
        var items = plan.EvaluationItems;
        string Name(string municipalityId) => plan.MunicipalityName(municipalityId);

        var answerRows = new List<IReadOnlyList<object?>>();
        foreach (var gathering in answers.GroupBy(a => a.Gathering).OrderBy(g => g.Key).Where(g => g.Count() >= plan.Network.SmallGroupMinimum))
        {
            var sizes = gathering.GroupBy(a => a.MunicipalityId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var hidden = SmallGroups.Suppressed(sizes, plan.Network.SmallGroupMinimum);
            foreach (var answer in gathering)
            {
                var row = new List<object?> { answer.Gathering, hidden.Contains(answer.MunicipalityId) ? t["Export_Suppressed"] : Name(answer.MunicipalityId) };
                row.AddRange(items.Select(item => Cell(t, answer.Values.GetValueOrDefault(item.Id))));
                answerRows.Add(row);
            }
        }

        var answerSheet = new ExportSheet(t["Export_SheetAnswers"],
            [t["Export_Gathering"], t["Export_Municipality"], .. items.Select(i => $"{EvaluationCard.ItemText(t, i)} ({i.Id})")], answerRows);

        var resultRows = new List<IReadOnlyList<object?>>();
        foreach (var gathering in plan.Gatherings)
        {
            var these = answers.Where(a => a.Gathering == gathering.Number).ToList();
            if (these.Count == 0)
            {
                continue;
            }

            var asked = invited.TryGetValue(gathering.Number, out var counts) ? counts.Values.Sum() : (int?)null;
            var result = EvaluationResults.ForGathering(plan, gathering.Number, these, asked);
            if (result.Suppressed)
            {
                resultRows.Add([gathering.Number, null, t["Export_Network"], result.Invited, t["Export_Suppressed"]]);
                continue;
            }

            foreach (var item in result.Items)
            {
                var text = EvaluationCard.ItemText(t, items.First(i => i.Id == item.ItemId));
                resultRows.Add(Statistics(gathering.Number, text, t["Export_Network"], result.Invited, item.Network));
                foreach (var group in item.Municipalities)
                {
                    resultRows.Add(group.Suppressed
                        ? [gathering.Number, text, Name(group.MunicipalityId), null, t["Export_Suppressed"]]
                        : Statistics(gathering.Number, text, Name(group.MunicipalityId), counts?.GetValueOrDefault(group.MunicipalityId), group.Statistics));
                }
            }
        }

        var resultSheet = new ExportSheet(t["Export_SheetAggregates"],
            [t["Export_Gathering"], t["Export_Item"], t["Export_Group"], t["Export_Invited"], t["Export_Respondents"], t["Export_Mean"], t["Export_DontKnow"], "1", "2", "3", "4", "5"],
            resultRows);
        return [answerSheet, resultSheet];
    }

    private static IReadOnlyList<object?> Statistics(int gathering, string item, string group, int? invited, ItemStatistics? stats) =>
        stats is null
            ? [gathering, item, group, invited, 0]
            : [gathering, item, group, invited, stats.N, stats.Mean, stats.Counts.Count == 0 ? null : stats.DontKnow, .. stats.Counts.Cast<object?>()];

    private static object? Cell(CardText t, EvaluationValue? value) => value switch
    {
        null => null,
        { DontKnow: true } => t["Eval_DontKnow"],
        { Score: { } score } => score,
        { Hours: { } hours } => hours,
        _ => value.Text,
    };
}
