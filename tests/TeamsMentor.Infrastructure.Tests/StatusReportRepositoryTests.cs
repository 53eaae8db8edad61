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
        Assert.Equal(report, read.Value); // every field, the task's document link, the plan's own answers and "not known yet" included
        Assert.Null(await repo.GetAsync("mentorprogram-nord", "tromso-sone-1", 4, CancellationToken.None));
    }

    /// <summary>
    /// Two members on two phones, each with a section's form built from the same report: different sections both land
    /// (the second is put over the first's save, not over the report it was built from); the same section is a
    /// conflict, answered with what the other saved; saving again from that version goes through.
    /// </summary>
    [Fact]
    public async Task SaveSection_DifferentSectionsBothLand_TheSameSectionConflicts()
    {
        var repo = Create();
        StatusReport Apply(StatusReport? stored, Func<StatusReport, StatusReport> change) =>
            change(stored ?? new StatusReport { TeamId = "senja", Gathering = 3, State = StatusReportState.Draft });

        var (first, afterHanne) = await repo.SaveSectionAsync("nord", "senja", 3, ReportSection.Hours, null, s => Apply(s, r => r with { Hours = 12 }), CancellationToken.None);
        var (second, afterSilje) = await repo.SaveSectionAsync("nord", "senja", 3, ReportSection.Goals, null, s => Apply(s, r => r with { SubGoals = "Mentor til alle" }), CancellationToken.None);

        Assert.Equal((WriteOutcome.Saved, WriteOutcome.Saved), (first, second));
        var stored = (await repo.GetAsync("nord", "senja", 3, CancellationToken.None))!.Value;
        Assert.Equal((12m, "Mentor til alle"), (stored.Hours, stored.SubGoals)); // both
        var hoursVersion = afterHanne!.Value.SectionVersions["Hours"];
        Assert.Equal(hoursVersion, stored.SectionVersions["Hours"]);

        var (late, theirs) = await repo.SaveSectionAsync("nord", "senja", 3, ReportSection.Goals, null, s => Apply(s, r => r with { SubGoals = "Eldre utkast" }), CancellationToken.None);
        Assert.Equal(WriteOutcome.Conflict, late);
        Assert.Equal("Mentor til alle", theirs!.Value.SubGoals); // what is saved, to show beside what she typed
        var (again, _) = await repo.SaveSectionAsync("nord", "senja", 3, ReportSection.Goals, theirs.Value.SectionVersions["Goals"], s => Apply(s, r => r with { SubGoals = "Bevisst overskrevet" }), CancellationToken.None);
        Assert.Equal(WriteOutcome.Saved, again);
        Assert.Equal((12m, "Bevisst overskrevet"), ((await repo.GetAsync("nord", "senja", 3, CancellationToken.None))!.Value.Hours, (await repo.GetAsync("nord", "senja", 3, CancellationToken.None))!.Value.SubGoals));
        Assert.NotEqual(afterSilje!.Value.SectionVersions["Goals"], (await repo.GetAsync("nord", "senja", 3, CancellationToken.None))!.Value.SectionVersions["Goals"]);
    }

    [Fact]
    public async Task Submit_AtTheVersionSeen_MarksItSubmittedAnswersUntouched_ChangedMeanwhileOrMissing_Told()
    {
        var repo = Create();
        var (_, v1) = await repo.SaveAsync("nord", Report("senja", 3), null, CancellationToken.None);
        var at = T0.AddHours(3);

        var (submitted, v2) = await repo.SubmitAsync("nord", "senja", 3, v1!, "Silje Rognli", at, "tok.1", CancellationToken.None);
        var stale = await repo.SubmitAsync("nord", "senja", 3, v1!, "Hanne Solbakken", at, "tok.2", CancellationToken.None);
        var mangled = await repo.SubmitAsync("nord", "senja", 3, "not-an-etag", "Hanne Solbakken", at, null, CancellationToken.None);
        var missing = await repo.SubmitAsync("nord", "tromso-sone-1", 3, v1!, "Hanne Solbakken", at, null, CancellationToken.None);

        Assert.Equal(WriteOutcome.Saved, submitted);
        Assert.Equal((WriteOutcome.Conflict, WriteOutcome.Conflict), (stale.Outcome, mangled.Outcome));
        Assert.Equal(WriteOutcome.NotFound, missing.Outcome);
        var stored = (await repo.GetAsync("nord", "senja", 3, CancellationToken.None))!;
        Assert.Equal(v2, stored.Version);
        Assert.Equal(Report("senja", 3) with
        {
            State = StatusReportState.Submitted, SubmittedBy = "Silje Rognli", SubmittedAt = at, LastEditedBy = "Silje Rognli", LastEditedAt = at, SaveToken = "tok.1",
        }, stored.Value);
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

    [Fact]
    public async Task RowsStoredBeforeMeasures_ReadIntoTheTrendsAndTheFiguresTable()
    {
        // Rows as the status-report issue wrote them: the figures in their own columns, no ValuesJson, NotKnownJson or
        // SectionVersionsJson; the measures (turnover as a ratio) came later and must read them as they are.
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(_prefix + StatusReportRepository.TableName);
        await table.CreateIfNotExistsAsync();
        foreach (var (team, gathering, mentors, hires, quit) in new[] { ("tromso-sone-1", 3, 10, 12, 3), ("tromso-sone-1", 4, 12, 17, 3), ("senja", 4, 5, 2, 0) })
        {
            await table.AddEntityAsync(new TableEntity("mentorprogram-nord", $"{team}|{gathering:000}")
            {
                ["SchemaVersion"] = 1, ["TeamId"] = team, ["Gathering"] = gathering, ["State"] = "submitted", ["SubGoals"] = "Mentor til alle",
                ["Measures"] = "Kurs", ["GoalAchievement"] = 4, ["Hours"] = 10.5, ["Mentors"] = mentors, ["MentorsTrained"] = mentors,
                ["NewHiresWithMentor"] = hires, ["NewHiresWithMentorQuit"] = quit, ["TasksJson"] = "[]", ["SubmittedBy"] = "Hanne Solbakken",
                ["SubmittedAt"] = T0, ["Reopened"] = false,
            });
        }

        var reports = await Create().ListAsync("mentorprogram-nord", CancellationToken.None);
        var plan = Domain.Plans.NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"))).Plan!;
        var trends = MeasureTrends.Build(plan, reports);
        var turnover = trends.Single(t => t.Measure.Id == ReportItems.Turnover);
        Assert.Equal([3m / 12, 3m / 17], turnover.Teams["tromso-sone-1"].Select(p => p.Value));
        Assert.Equal(3m / 19, turnover.Network.Single(p => p.Gathering == 4).Value); // (3 + 0) / (17 + 2)
        Assert.Equal(FiguresTable.Build(plan, reports).Network.Turnover, turnover.Network[^1].Value);
        Assert.Equal([10m, 12m], trends.Single(t => t.Measure.Id == ReportItems.Mentors).Teams["tromso-sone-1"].Select(p => p.Value));
        Assert.Equal([10.5m], trends.Single(t => t.Measure.Id == ReportItems.Hours).Teams["senja"].Select(p => p.Value));
    }
}
