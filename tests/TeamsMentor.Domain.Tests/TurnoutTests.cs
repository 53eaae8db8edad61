using TeamsMentor.Domain.Attendance;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Tests;

/// <summary>Turnout: who came of the plan's members, per gathering and municipality.</summary>
public sealed class TurnoutTests
{
    private static readonly NetworkPlan Plan = SamplePlan.Create();

    [Fact]
    public void Recorded_CountsEachPersonOnce_PerMunicipality_FormerMembersInTheTotalOnly()
    {
        var tromso = Plan.Members.Where(m => Plan.Teams.Single(t => t.Id == m.TeamId).MunicipalityId == "tromso").Select(m => m.Id).ToList();
        var recorded = new Dictionary<int, GatheringAttendance>
        {
            [2] = new(2, [tromso[0], tromso[0], "left-the-network"], DateTimeOffset.UnixEpoch),
        };

        var turnout = Turnout.Compute(Plan, recorded);

        Assert.Equal(Plan.Gatherings.Count, turnout.Count);
        Assert.False(turnout[0].Recorded);
        Assert.Empty(turnout[0].Municipalities);
        var second = turnout[1];
        Assert.Equal((true, 2, Plan.Members.Count), (second.Recorded, second.Present, second.Members));
        Assert.Equal((1, tromso.Count), (second.Municipalities.Single(m => m.MunicipalityId == "tromso").Present, second.Municipalities.Single(m => m.MunicipalityId == "tromso").Members));
        Assert.All(second.Municipalities.Where(m => m.MunicipalityId != "tromso"), m => Assert.Equal(0, m.Present));
    }
}
