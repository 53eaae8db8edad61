using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using static TeamsMentor.Domain.Tests.SamplePlan;

namespace TeamsMentor.Domain.Tests;

/// <summary>Frozen reports: people by id (names resolved when read, gone when erased), and the changes since the freeze.</summary>
public sealed class ReportSnapshotsTests
{
    private static readonly NetworkPlan Plan = Create();

    private static StatusReport Submitted(string team, int gathering, string by, decimal hours) => new()
    {
        TeamId = team, Gathering = gathering, State = StatusReportState.Submitted, SubmittedBy = by, SubmittedAt = Local(2022, 8, 30, 10), LastEditedBy = by,
        Hours = hours, SubGoals = "Mentor til alle", SaveToken = "tok", SectionVersions = new Dictionary<string, string> { ["Hours"] = "W/1" },
    };

    [Fact]
    public void Freeze_KeepsPeopleByIdNotName_OnlyThatGathering_NoTokens()
    {
        var snapshot = ReportSnapshots.Freeze(Plan, 1, [Submitted("tromso-sone-1", 1, "Per Leder", 12), Submitted("dyroy", 2, "Ola Mentor", 3),
            Submitted("dyroy", 1, "Astrid Arrangør", 4)], Local(2022, 8, 31));
        Assert.Equal(["dyroy", "tromso-sone-1"], snapshot.Reports.Select(r => r.Report.TeamId));
        var sone = snapshot.Reports.Single(r => r.Report.TeamId == "tromso-sone-1");
        Assert.Equal(("per", "per"), (sone.SubmittedById, sone.LastEditedById));
        Assert.Null(sone.Report.SubmittedBy);
        Assert.Null(sone.Report.SaveToken);
        Assert.Empty(sone.Report.SectionVersions);
        Assert.Equal("org-a", snapshot.Reports.Single(r => r.Report.TeamId == "dyroy").SubmittedById); // an organizer sent it

        Assert.Equal("Per Leder", ReportSnapshots.Name(Plan, "per"));
        var erased = Plan with { Members = [.. Plan.Members.Where(m => m.Id != "per")] };
        Assert.Null(ReportSnapshots.Name(erased, "per"));
    }

    [Fact]
    public void Changes_TheStateAndEachAnswer_AndAReportThatCameAfter()
    {
        var snapshot = ReportSnapshots.Freeze(Plan, 1, [Submitted("tromso-sone-1", 1, "Per Leder", 12)], Local(2022, 8, 31));
        var now = new[]
        {
            Submitted("tromso-sone-1", 1, "Per Leder", 14) with { Reopened = true },
            Submitted("dyroy", 1, "Ola Mentor", 3) with { State = StatusReportState.Draft },
        };
        var changes = ReportSnapshots.Changes(Plan, snapshot, now);
        Assert.Contains(new ReportChange("tromso-sone-1", "hours", "12", "14"), changes);
        Assert.DoesNotContain(changes, c => c.TeamId == "tromso-sone-1" && c.Item is "state" or "subGoals");
        Assert.Contains(new ReportChange("dyroy", "state", null, "Draft"), changes);
        Assert.Contains(new ReportChange("dyroy", "hours", null, "3"), changes);
        Assert.Empty(ReportSnapshots.Changes(Plan, snapshot, [Submitted("tromso-sone-1", 1, "Someone Else", 12)])); // who saved is not an answer
    }
}
