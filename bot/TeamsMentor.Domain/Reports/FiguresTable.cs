using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Reports;

/// <summary>One row of the figures table: a municipality (or the whole network) from its teams' latest figures.</summary>
/// <param name="FromGatherings">The gatherings whose reports the figures come from (each team's latest), oldest first; empty when none reported.</param>
public sealed record FiguresRow(string MunicipalityId, string Name, int Teams, int TeamsReporting, MentorFigures Figures, IReadOnlyList<int> FromGatherings)
{
    /// <summary>Quit ÷ new hires with a mentor; null when there are none.</summary>
    public decimal? Turnover => Figures.Turnover;
}

/// <summary>
/// The figures table: for each municipality the sum of its teams' latest reported figures (the newest report that has
/// figures, submitted or not; a team counts once), and the network as a whole. Computed live from the reports.
/// </summary>
public static class FiguresTable
{
    /// <summary>The national reference the organizers compare with: about 30 % of new nurses quit in their first year.</summary>
    public const decimal NationalTurnoverReference = 0.30m;

    public static (IReadOnlyList<FiguresRow> Municipalities, FiguresRow Network) Build(NetworkPlan plan, IEnumerable<StatusReport> reports)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reports);
        var latest = reports
            .Where(r => r.Figures is not null)
            .GroupBy(r => r.TeamId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Gathering).First(), StringComparer.Ordinal);
        var rows = plan.Network.Municipalities
            .Select(m =>
            {
                var teams = plan.Teams.Where(t => t.MunicipalityId == m.Id).ToList();
                var used = teams.Select(t => latest.GetValueOrDefault(t.Id)).OfType<StatusReport>().ToList();
                return new FiguresRow(m.Id, m.Name, teams.Count, used.Count, Sum(used.Select(r => r.Figures!)), Gatherings(used.Select(r => r.Gathering)));
            })
            .ToList();
        var network = new FiguresRow("", plan.Network.Name, rows.Sum(r => r.Teams), rows.Sum(r => r.TeamsReporting), Sum(rows.Select(r => r.Figures)),
            Gatherings(rows.SelectMany(r => r.FromGatherings)));
        return (rows, network);
    }

    private static List<int> Gatherings(IEnumerable<int> numbers) => [.. numbers.Distinct().Order()];

    private static MentorFigures Sum(IEnumerable<MentorFigures> figures)
    {
        var list = figures.ToList();
        return new MentorFigures(list.Sum(f => f.Mentors), list.Sum(f => f.MentorsTrained), list.Sum(f => f.NewHiresWithMentor), list.Sum(f => f.NewHiresWithMentorQuit));
    }
}
