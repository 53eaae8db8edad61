using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Domain.Tests;

public sealed class FiguresTableTests
{
    private static readonly NetworkPlan Plan = NetworkPlanDocument.Read(PlanFiles.Read("mentorprogram-nord.json")).Plan!;

    private static StatusReport Report(string team, int gathering, MentorFigures? figures) =>
        new() { TeamId = team, Gathering = gathering, State = StatusReportState.Submitted, Figures = figures };

    [Fact]
    public void Build_LatestFiguresPerTeam_SummedPerMunicipalityAndNetwork_TurnoverFromTheSums()
    {
        var (rows, network) = FiguresTable.Build(Plan,
        [
            Report("tromso-sone-1", 2, new MentorFigures(2, 1, 4, 2)),
            Report("tromso-sone-1", 3, new MentorFigures(6, 4, 9, 1)), // the latest counts, not both
            Report("tromso-sone-2", 3, new MentorFigures(3, 3, 3, 0)),
            Report("tromso-sone-3", 4, null), // a report without figures does not hide an older one, nor count
            Report("senja", 3, new MentorFigures(1, 0, 0, 0)),
        ]);

        var tromso = rows.Single(r => r.MunicipalityId == "tromso");
        Assert.Equal((4, 2), (tromso.Teams, tromso.TeamsReporting));
        Assert.Equal(new MentorFigures(9, 7, 12, 1), tromso.Figures);
        Assert.Equal(1m / 12m, tromso.Turnover);
        Assert.Null(rows.Single(r => r.MunicipalityId == "senja").Turnover); // no new hires: no turnover, not 0 %
        Assert.Equal(0, rows.Single(r => r.MunicipalityId == "hammerfest").TeamsReporting);
        Assert.Empty(rows.Single(r => r.MunicipalityId == "hammerfest").FromGatherings); // the tab shows "–", not 0 mentors
        Assert.Equal([3], tromso.FromGatherings);
        Assert.Equal([3], network.FromGatherings);
        Assert.Equal(new MentorFigures(10, 7, 12, 1), network.Figures);
        Assert.Equal(Plan.Teams.Count, network.Teams);
        Assert.Equal(0.30m, FiguresTable.NationalTurnoverReference);
    }
}
