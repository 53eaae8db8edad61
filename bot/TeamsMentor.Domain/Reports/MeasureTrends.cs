using System.Globalization;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Reports;

/// <summary>
/// The plan's measures over the gatherings (numbers, counts, likert answers and ratios of the status report), per team,
/// per municipality and for the network, with the flags where a series moved against its good direction two periods
/// in a row. A report counts with whatever it holds for a measure (as the figures table: draft or submitted). Across
/// teams a count is the sum of each team's latest value by that gathering (figures stand until a team reports anew), a
/// ratio the sum of its numerators over the sum of its denominators (not a mean of ratios), a number (hours) the sum of
/// that gathering's reports and a likert their mean. Pure.
/// </summary>
public static class MeasureTrends
{
    /// <summary>The plan's measures, in the plan's order.</summary>
    public static IReadOnlyList<ReportItem> Measures(NetworkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.ReportItems.Where(i => i.IsMeasure)];
    }

    /// <summary>A report's value for an item that is a count, number or likert (null when it holds none).</summary>
    public static decimal? Answer(StatusReport report, string itemId)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Answer(itemId, CultureInfo.InvariantCulture) is { } text
            && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>A report's value for <paramref name="measure"/>; a ratio's is null when either part is missing or the denominator is 0.</summary>
    public static decimal? Value(ReportItem measure, StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(report);
        if (measure.Kind != ReportItemKind.Ratio)
        {
            return Answer(report, measure.Id);
        }

        return measure.Numerator is { } n && measure.Denominator is { } d && Answer(report, n) is { } num && Answer(report, d) is { } den && den != 0
            ? num / den : null;
    }

    /// <summary>Every measure's series for the network, each municipality and each team.</summary>
    public static IReadOnlyList<MeasureTrend> Build(NetworkPlan plan, IReadOnlyList<StatusReport> reports)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reports);
        var numbers = plan.Gatherings.Select(g => g.Number).Order().ToList();
        return [.. Measures(plan).Select(measure =>
        {
            var network = Series(measure, plan.Teams.Select(t => t.Id).ToList(), reports, numbers);
            var municipalities = plan.Network.Municipalities.ToDictionary(m => m.Id,
                m => Series(measure, [.. plan.Teams.Where(t => t.MunicipalityId == m.Id).Select(t => t.Id)], reports, numbers), StringComparer.Ordinal);
            var teams = plan.Teams.ToDictionary(t => t.Id, t => Series(measure, [t.Id], reports, numbers), StringComparer.Ordinal);
            return new MeasureTrend(measure, network, municipalities, teams);
        })];
    }

    /// <summary>The points of one scope (a set of teams) over the gatherings, with each point's flag.</summary>
    public static IReadOnlyList<MeasurePoint> Series(ReportItem measure, IReadOnlyList<string> teamIds, IReadOnlyList<StatusReport> reports, IReadOnlyList<int> gatherings)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(teamIds);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(gatherings);
        var scope = teamIds.ToHashSet(StringComparer.Ordinal);
        var mine = reports.Where(r => scope.Contains(r.TeamId)).ToList();
        var values = new List<(int Gathering, decimal Value)>();
        foreach (var g in gatherings)
        {
            var at = mine.Where(r => r.Gathering == g).ToList();
            if (at.Count == 0 || at.All(r => Value(measure, r) is null))
            {
                continue; // nobody in the scope reported this measure at g: no point
            }

            decimal? value = measure.Kind switch
            {
                ReportItemKind.Likert => Mean(at.Select(r => Value(measure, r))),
                ReportItemKind.Number => at.Sum(r => Value(measure, r) ?? 0),
                ReportItemKind.Count => Latest(mine, scope, g, r => Value(measure, r)).Sum(),
                _ => Ratio(measure, mine, scope, g),
            };
            if (value is { } v)
            {
                values.Add((g, v));
            }
        }

        return [.. values.Select((p, i) => new MeasurePoint(p.Gathering, p.Value, i >= 2 && Against(measure.Direction, values[i - 2].Value, values[i - 1].Value, p.Value)))];
    }

    /// <summary>Whether two steps in a row went against <paramref name="direction"/> (a step that stands still does not count).</summary>
    public static bool Against(MeasureDirection direction, decimal first, decimal second, decimal third) => direction switch
    {
        MeasureDirection.Up => second < first && third < second,
        MeasureDirection.Down => second > first && third > second,
        _ => false,
    };

    private static decimal? Mean(IEnumerable<decimal?> values)
    {
        var known = values.OfType<decimal>().ToList();
        return known.Count == 0 ? null : Math.Round(known.Average(), 2);
    }

    /// <summary>Each team's latest value by gathering <paramref name="g"/> (its newest report at or before it that has one).</summary>
    private static IEnumerable<decimal> Latest(List<StatusReport> reports, HashSet<string> scope, int g, Func<StatusReport, decimal?> value) =>
        scope.Select(team => reports.Where(r => r.TeamId == team && r.Gathering <= g).OrderByDescending(r => r.Gathering)
            .Select(value).FirstOrDefault(v => v is not null)).OfType<decimal>();

    private static decimal? Ratio(ReportItem measure, List<StatusReport> reports, HashSet<string> scope, int g)
    {
        if (measure.Numerator is not { } n || measure.Denominator is not { } d)
        {
            return null;
        }

        // Each team's latest report with both parts, so a numerator and its denominator come from the same report.
        var latest = scope.Select(team => reports.Where(r => r.TeamId == team && r.Gathering <= g && Answer(r, n) is not null && Answer(r, d) is not null)
            .OrderByDescending(r => r.Gathering).FirstOrDefault()).OfType<StatusReport>().ToList();
        var den = latest.Sum(r => Answer(r, d)!.Value);
        return den == 0 ? null : latest.Sum(r => Answer(r, n)!.Value) / den;
    }
}

/// <summary>One measure's series: the network's, each municipality's and each team's (by id).</summary>
public sealed record MeasureTrend(
    ReportItem Measure,
    IReadOnlyList<MeasurePoint> Network,
    IReadOnlyDictionary<string, IReadOnlyList<MeasurePoint>> Municipalities,
    IReadOnlyDictionary<string, IReadOnlyList<MeasurePoint>> Teams);

/// <param name="Flagged">This point is the second step in a row against the measure's good direction.</param>
public sealed record MeasurePoint(int Gathering, decimal Value, bool Flagged);
