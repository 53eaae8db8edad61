using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Reports;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Infrastructure.Tests;

/// <summary>Status reports on a real Azurite: round trip, version-guarded saves (no lost update), the network's list, the previous report.</summary>
[Collection(StorageCollection.Name)]
public sealed class StatusReportRepositoryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2023, 4, 14, 10, 0, 0, TimeSpan.FromHours(2));
    private readonly string _prefix = AzuriteFixture.UniquePrefix();

    private StatusReportRepository Create() =>
        new(new TableProvider(new TableServiceClient(azurite.ConnectionString), Options.Create(new StorageOptions { TablePrefix = _prefix })));

    private static StatusReport Report(string team, int gathering, StatusReportState state = StatusReportState.Draft) => new()
    {
        TeamId = team,
        Gathering = gathering,
        State = state,
        SubGoals = "Alle nyansatte får mentor innen to uker",
        Measures = "Mentorkurs for seks sykepleiere",
        GoalAchievement = 3,
        GoalAchievementText = "Godt i gang",
        Hours = 12.5m,
        Figures = new MentorFigures(6, 4, 9, 1),
        FreeText = "Æ, ø og å går fint.",
        Tasks = [new TaskResult("malinger", TaskOutcome.Partly, "HR teller") { Links = ["https://nord.sharepoint.com/sites/mentor/M%C3%A5linger.xlsx"] },
            new TaskResult("rekrutter-mentorer", TaskOutcome.Done, null)],
        Values = new Dictionary<string, string> { ["kurs-holdt"] = "2" },
        NotKnown = ["mentors"],
        LastEditedBy = "Hanne Solbakken",
        LastEditedAt = T0,
    };

    [Fact]
    public async Task Save_ThenGet_RoundTripsEveryField()
    {
        var repo = Create();
        var report = Report("tromso-sone-1", 3);

        var (outcome, version) = await repo.SaveAsync("mentorprogram-nord", report, null, CancellationToken.None);
        var read = await repo.GetAsync("mentorprogram-nord", "tromso-sone-1", 3, CancellationToken.None);

        Assert.Equal(WriteOutcome.Saved, outcome);
        Assert.Equal(version, read!.Version);
        string[] none = [];
        var noValues = new Dictionary<string, string>();
        Assert.Equal(report with { Tasks = [], Values = noValues, NotKnown = none }, read.Value with { Tasks = [], Values = noValues, NotKnown = none });
        Assert.Equal(report.Tasks, read.Value.Tasks); // with the document link
        Assert.Equal(report.Values, read.Value.Values);
        Assert.Equal(report.NotKnown, read.Value.NotKnown);
        Assert.Null(await repo.GetAsync("mentorprogram-nord", "tromso-sone-1", 4, CancellationToken.None));
    }

    [Fact]
    public async Task TwoMembersSaveFromTheSameVersion_TheSecondIsToldNotOverwritten()
    {
        var repo = Create();
        var (_, v1) = await repo.SaveAsync("nord", Report("senja", 3), null, CancellationToken.None);

        var first = await repo.SaveAsync("nord", Report("senja", 3) with { Hours = 20 }, v1, CancellationToken.None);
        var second = await repo.SaveAsync("nord", Report("senja", 3) with { Hours = 30 }, v1, CancellationToken.None);
        var createAgain = await repo.SaveAsync("nord", Report("senja", 3), null, CancellationToken.None);

        Assert.Equal(WriteOutcome.Saved, first.Outcome);
        Assert.Equal(WriteOutcome.Conflict, second.Outcome);
        Assert.Equal(WriteOutcome.Conflict, createAgain.Outcome);
        Assert.Equal(20m, (await repo.GetAsync("nord", "senja", 3, CancellationToken.None))!.Value.Hours);
    }

    [Fact]
    public async Task ListAndPrevious_NetworkPartition_LatestEarlierGatheringOfTheTeam()
    {
        var repo = Create();
        foreach (var (team, gathering) in new[] { ("dyroy", 2), ("dyroy", 3), ("dyroy", 5), ("dyroy-2", 4), ("senja", 4) })
        {
            await repo.SaveAsync("nord", Report(team, gathering, StatusReportState.Submitted), null, CancellationToken.None);
        }

        await repo.SaveAsync("viken", Report("dyroy", 4), null, CancellationToken.None);

        Assert.Equal(5, (await repo.ListAsync("nord", CancellationToken.None)).Count);
        Assert.Equal(3, (await repo.GetPreviousAsync("nord", "dyroy", 5, CancellationToken.None))!.Gathering);
        Assert.Equal(5, (await repo.GetPreviousAsync("nord", "dyroy", 7, CancellationToken.None))!.Gathering);
        Assert.Null(await repo.GetPreviousAsync("nord", "dyroy", 2, CancellationToken.None));
        Assert.Null(await repo.GetPreviousAsync("nord", "dyroy-2", 4, CancellationToken.None)); // "dyroy-2" is not "dyroy"
    }
}
