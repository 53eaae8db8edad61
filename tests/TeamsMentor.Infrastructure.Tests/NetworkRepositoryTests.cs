using Azure;
using System.Text;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Domain.Tasks;
using TeamsMentor.Infrastructure.Networks;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Infrastructure.Tasks;
using TeamsMentor.Testing;

namespace TeamsMentor.Infrastructure.Tests;

/// <summary>Networks on a real Azurite: import round trip, idempotent re-import, learned facts kept, ETag conflicts.</summary>
[Collection(StorageCollection.Name)]
public sealed class NetworkRepositoryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private readonly string _prefix = AzuriteFixture.UniquePrefix();

    private TableProvider Tables() => new(new TableServiceClient(azurite.ConnectionString), Options.Create(new StorageOptions { TablePrefix = _prefix }));

    private NetworkRepository Repository() => new(Tables());

    private static NetworkPlan Nord()
    {
        var result = NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json")));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Plan!;
    }

    private static string Json(NetworkPlan plan) => Encoding.UTF8.GetString(NetworkPlanWriter.Write(plan));

    private async Task<int> RowCountAsync(string networkId)
    {
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(_prefix + NetworkRepository.TableName);
        var n = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == networkId, select: ["RowKey"]))
        {
            n++;
        }

        return n;
    }

    [Fact]
    public async Task Import_ThenGet_SamePlan()
    {
        var plan = Nord();
        var repository = Repository();

        await repository.ImportAsync(plan, CancellationToken.None);
        var stored = await repository.GetPlanAsync(plan.Network.Id, CancellationToken.None);

        Assert.Equal(Json(plan), Json(stored!));
        Assert.Equal("mentorprogram-nord", Assert.Single(await repository.ListAsync(CancellationToken.None)).Id);
    }

    [Fact]
    public async Task Import_ReportItems_StoredWithThePlan()
    {
        var plan = Nord() with
        {
            ReportItems = [.. Nord().ReportItems, new ReportItem { Id = "kurs-holdt", Kind = ReportItemKind.Count, Section = ReportSection.Other, TextNb = "Kurs holdt", Gatherings = [4, 5] }],
        };
        var repository = Repository();

        await repository.ImportAsync(plan, CancellationToken.None);
        var stored = (await repository.GetPlanAsync(plan.Network.Id, CancellationToken.None))!;

        Assert.Equal(plan.ReportItems.Count, stored.ReportItems.Count);
        var own = stored.ReportItems[^1];
        Assert.Equal(("kurs-holdt", ReportItemKind.Count, ReportSection.Other, "Kurs holdt"), (own.Id, own.Kind, own.Section, own.TextNb));
        Assert.Equal([4, 5], own.Gatherings!);
        Assert.Equal(Json(plan), Json(stored));
    }

    [Fact]
    public async Task ImportTwice_NoDuplicates()
    {
        var repository = Repository();
        await repository.ImportAsync(Nord(), CancellationToken.None);
        var rows = await RowCountAsync("mentorprogram-nord");

        await repository.ImportAsync(Nord(), CancellationToken.None);

        Assert.Equal(rows, await RowCountAsync("mentorprogram-nord"));
        var plan = Nord();
        Assert.Equal(1 + plan.Gatherings.Count + plan.Teams.Count + plan.Members.Count + plan.Tasks.Count + plan.EvaluationItems.Count, rows);
    }

    [Fact]
    public async Task Reimport_KeepsChannelLinkAndLearnedIdentity_RemovesDroppedTeam()
    {
        var repository = Repository();
        var plan = Nord();
        await repository.ImportAsync(plan, CancellationToken.None);
        var team = (await repository.GetTeamAsync(plan.Network.Id, "dyroy", CancellationToken.None))!;
        var link = new ChannelLink("tenant-1", "19:team", "19:dyroy@thread.tacv2", "https://smba.trafficmanager.net/emea/", Now, "org");
        Assert.Equal(WriteOutcome.Saved, await repository.SetChannelAsync(plan.Network.Id, "dyroy", link, team.Version, CancellationToken.None));
        var member = (await repository.GetMemberAsync(plan.Network.Id, plan.MembersOf("dyroy").First().Id, CancellationToken.None))!;
        await repository.SaveMemberAsync(plan.Network.Id, member.Value with { AadObjectId = "AAD-DYROY-1" }, member.Version, CancellationToken.None);

        var dropped = plan.Teams.First(t => t.Id != "dyroy");
        var smaller = plan with { Teams = [.. plan.Teams.Where(t => t != dropped)], Members = [.. plan.Members.Where(m => m.TeamId != dropped.Id)] };
        await repository.ImportAsync(smaller, CancellationToken.None);
        var stored = (await repository.GetPlanAsync(plan.Network.Id, CancellationToken.None))!;

        Assert.Equal(link, stored.Teams.Single(t => t.Id == "dyroy").Channel);
        Assert.Equal("AAD-DYROY-1", stored.Members.Single(m => m.Id == member.Value.Id).AadObjectId);
        Assert.DoesNotContain(stored.Teams, t => t.Id == dropped.Id);
        Assert.DoesNotContain(stored.Members, m => m.TeamId == dropped.Id);
        Assert.Equal(("mentorprogram-nord", "dyroy"), await repository.FindTeamByChannelAsync("tenant-1", "19:dyroy@thread.tacv2", CancellationToken.None));
    }

    [Fact]
    public async Task SetChannel_StaleVersion_ConflictAndNothingChanged()
    {
        var repository = Repository();
        await repository.ImportAsync(Nord(), CancellationToken.None);
        var read = (await repository.GetTeamAsync("mentorprogram-nord", "senja", CancellationToken.None))!;
        var first = new ChannelLink("t", "19:team", "19:a@thread.tacv2", "https://smba.trafficmanager.net/emea/", Now, "a");
        var second = first with { ChannelId = "19:b@thread.tacv2", LinkedBy = "b" };

        Assert.Equal(WriteOutcome.Saved, await repository.SetChannelAsync("mentorprogram-nord", "senja", first, read.Version, CancellationToken.None));
        Assert.Equal(WriteOutcome.Conflict, await repository.SetChannelAsync("mentorprogram-nord", "senja", second, read.Version, CancellationToken.None));

        Assert.Equal(first, (await repository.GetTeamAsync("mentorprogram-nord", "senja", CancellationToken.None))!.Value.Channel);
        Assert.Null(await repository.FindTeamByChannelAsync("t", "19:b@thread.tacv2", CancellationToken.None));
    }

    [Fact]
    public async Task SetChannel_Relink_OldChannelNoLongerPointsToTeam()
    {
        var repository = Repository();
        await repository.ImportAsync(Nord(), CancellationToken.None);
        var v1 = (await repository.GetTeamAsync("mentorprogram-nord", "senja", CancellationToken.None))!;
        var a = new ChannelLink("t", "19:team", "19:a@thread.tacv2", "https://smba.trafficmanager.net/emea/", Now, "x");
        await repository.SetChannelAsync("mentorprogram-nord", "senja", a, v1.Version, CancellationToken.None);
        var v2 = (await repository.GetTeamAsync("mentorprogram-nord", "senja", CancellationToken.None))!;

        await repository.SetChannelAsync("mentorprogram-nord", "senja", a with { ChannelId = "19:b@thread.tacv2" }, v2.Version, CancellationToken.None);

        Assert.Null(await repository.FindTeamByChannelAsync("t", "19:a@thread.tacv2", CancellationToken.None));
        Assert.Equal(("mentorprogram-nord", "senja"), await repository.FindTeamByChannelAsync("t", "19:b@thread.tacv2", CancellationToken.None));
    }

    public enum Relink
    {
        /// <summary>Senja moves from channel X to channel Y, which no team had.</summary>
        NewChannel,
        /// <summary>Senja moves from X to Y, which Dyrøy (same network) had.</summary>
        FromSameNetwork,
        /// <summary>Senja moves from X to Y, which a team of another network had.</summary>
        FromOtherNetwork,
    }

    /// <summary>
    /// The link write fails at its first, second, … storage write in turn (an outage at every step): what is left is
    /// the old link or the new one as every reader sees it (never Senja without a channel, never a channel with two
    /// teams), and the same link tried again completes it.
    /// </summary>
    [Theory]
    [InlineData(Relink.NewChannel)]
    [InlineData(Relink.FromSameNetwork)]
    [InlineData(Relink.FromOtherNetwork)]
    public async Task SetChannel_FailingAtEveryStep_LeavesOldOrNewLink_RetryCompletes(Relink kind)
    {
        const string Network = "mentorprogram-nord";
        var x = new ChannelLink("t", "19:team", "19:x@thread.tacv2", "https://smba.trafficmanager.net/emea/", Now, "org");
        var y = x with { ChannelId = "19:y@thread.tacv2" };
        var other = kind switch { Relink.FromSameNetwork => (Network, "dyroy"), Relink.FromOtherNetwork => ("other-network", "dyroy"), _ => ((string, string)?)null };
        var steps = 0;
        for (var failAt = 1; ; failAt++)
        {
            var (repository, faults) = Faulty();
            await repository.ImportAsync(Nord(), CancellationToken.None);
            await LinkAsync(repository, Network, "senja", x);
            if (other is { } o)
            {
                await repository.ImportAsync(Nord() with { Network = Nord().Network with { Id = o.Item1 } }, CancellationToken.None);
                await LinkAsync(repository, o.Item1, o.Item2, y);
            }

            var version = (await repository.GetTeamAsync(Network, "senja", CancellationToken.None))!.Version;
            faults.FailWrite(failAt);
            var outcome = WriteOutcome.Failed;
            try
            {
                outcome = await repository.SetChannelAsync(Network, "senja", y, version, CancellationToken.None);
            }
            catch (RequestFailedException ex) when (ex.Status == 503)
            {
            }

            faults.Off();
            if (!faults.Fired)
            {
                Assert.Equal(WriteOutcome.Saved, outcome);
                await AssertLinkedAsync(repository, isNew: true);
                break;
            }

            steps++;
            var senja = (await repository.GetTeamAsync(Network, "senja", CancellationToken.None))!.Value.Channel?.ChannelId;
            Assert.True(senja is not null, $"failing write {failAt}: Senja lost its channel");
            await AssertLinkedAsync(repository, isNew: senja == y.ChannelId);

            await LinkAsync(repository, Network, "senja", y);
            await AssertLinkedAsync(repository, isNew: true);
        }

        Assert.True(steps >= 3, $"only {steps} writes were tried");

        async Task AssertLinkedAsync(NetworkRepository repository, bool isNew)
        {
            var at = isNew ? "after" : "before";
            Assert.True((await repository.GetTeamAsync(Network, "senja", CancellationToken.None))!.Value.Channel?.ChannelId == (isNew ? y : x).ChannelId, $"Senja's channel {at}");
            Assert.True((isNew ? (Network, "senja") : other) == await repository.FindTeamByChannelAsync("t", y.ChannelId, CancellationToken.None), $"Y's team {at}");
            Assert.True((isNew ? ((string, string)?)null : (Network, "senja")) == await repository.FindTeamByChannelAsync("t", x.ChannelId, CancellationToken.None), $"X's team {at}");
            if (other is { } o)
            {
                var had = (await repository.GetTeamAsync(o.Item1, o.Item2, CancellationToken.None))!.Value.Channel?.ChannelId;
                Assert.True(had == (isNew ? null : y.ChannelId), $"Dyrøy's channel {at}: {had}");
            }
        }
    }

    /// <summary>
    /// A plan edit of about 190 rows (two entity-group transactions, then the member index) fails at its first,
    /// second, …, middle and last storage write in turn, once (the writer finishes) or for good (storage gone: the
    /// next read finishes): every read afterwards sees the plan before the edit or after it, whole, never a mix; the
    /// member index agrees with what the read sees; only a failure at the first transaction leaves the old plan.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Import_OverAHundredRows_FailingAtAnyWrite_ReadsTheOldPlanOrTheNewOneWhole(bool storageGone)
    {
        var before = Nord();
        var extra = Enumerable.Range(0, 130).Select(i => before.Members[0] with { Id = $"ekstra-{i:D3}", Name = $"Ekstra Person {i}", AadObjectId = $"aad-ekstra-{i:D3}" });
        var after = before with
        {
            Teams = [before.Teams[0] with { Name = before.Teams[0].Name + " (ny)" }, .. before.Teams.Skip(1)],
            Members = [.. before.Members, .. extra],
            Tasks = [.. before.Tasks.Skip(1)],
        };

        var (oldJson, newJson, writes) = await ExpectedAsync();
        Assert.True(writes > 10, $"{writes} writes");
        foreach (var failAt in new[] { 1, 2, 3, 4, writes / 2, writes - 1, writes }.Distinct())
        {
            var (repository, faults) = Faulty();
            await repository.ImportAsync(before, CancellationToken.None);
            var version = (await repository.GetVersionedPlanAsync(before.Network.Id, CancellationToken.None))!.Version;
            faults.FailWrite(failAt, storageGone);
            var (outcome, _) = await repository.ImportAsync(after, version, ImportMode.Exact, CancellationToken.None);
            faults.Off();
            Assert.True(faults.Fired, $"write {failAt} of {writes} did not fail");
            Assert.Equal(failAt == 1 || storageGone ? WriteOutcome.Failed : WriteOutcome.Saved, outcome);

            var read = Json((await repository.GetPlanAsync(before.Network.Id, CancellationToken.None))!);
            Assert.True(read == (failAt == 1 ? oldJson : newJson), $"failing write {failAt} of {writes}: the plan read is not the {(failAt == 1 ? "old" : "new")} one");
            Assert.Equal(read == newJson ? 1 : 0, (await repository.FindMembershipsAsync("aad-ekstra-129", CancellationToken.None)).Count);
        }

        async Task<(string Old, string New, int Writes)> ExpectedAsync()
        {
            var (repository, faults) = Faulty();
            await repository.ImportAsync(before, CancellationToken.None);
            var old = Json((await repository.GetPlanAsync(before.Network.Id, CancellationToken.None))!);
            var version = (await repository.GetVersionedPlanAsync(before.Network.Id, CancellationToken.None))!.Version;
            var start = faults.Writes;
            Assert.Equal(WriteOutcome.Saved, (await repository.ImportAsync(after, version, ImportMode.Exact, CancellationToken.None)).Outcome);
            var count = faults.Writes - start;
            var written = Json((await repository.GetPlanAsync(before.Network.Id, CancellationToken.None))!);
            Assert.NotEqual(old, written);
            return (old, written, count);
        }
    }

    private (NetworkRepository Repository, StorageFaults Faults) Faulty()
    {
        var faults = new StorageFaults();
        var options = new TableClientOptions();
        options.AddPolicy(faults, Azure.Core.HttpPipelinePosition.PerCall);
        return (new NetworkRepository(new TableProvider(new TableServiceClient(azurite.ConnectionString, options),
            Options.Create(new StorageOptions { TablePrefix = AzuriteFixture.UniquePrefix() }))), faults);
    }

    private static async Task LinkAsync(NetworkRepository repository, string networkId, string teamId, ChannelLink link)
    {
        var version = (await repository.GetTeamAsync(networkId, teamId, CancellationToken.None))!.Version;
        Assert.Equal(WriteOutcome.Saved, await repository.SetChannelAsync(networkId, teamId, link, version, CancellationToken.None));
    }

    [Fact]
    public async Task SaveMember_NewTwice_SecondConflict_AndIndexed()
    {
        var repository = Repository();
        await repository.ImportAsync(Nord(), CancellationToken.None);
        var newcomer = new Member { Id = "senja-ny", TeamId = "senja", Name = "Nora Ny", AadObjectId = "AAD-NEW", Roles = TeamRoles.Mentee };

        Assert.Equal(WriteOutcome.Saved, await repository.SaveMemberAsync("mentorprogram-nord", newcomer, null, CancellationToken.None));
        Assert.Equal(WriteOutcome.Conflict, await repository.SaveMemberAsync("mentorprogram-nord", newcomer, null, CancellationToken.None));

        var membership = Assert.Single(await repository.FindMembershipsAsync("aad-new", CancellationToken.None));
        Assert.Equal(new Membership("mentorprogram-nord", "senja", "senja-ny", false), membership);
    }

    /// <summary>
    /// A member's Entra id changes (A → B) and the write fails at each of its storage writes in turn: the person is
    /// found in the team by the old id or the new one, never by both and never by neither; the cached repository
    /// (which confirms index rows from its plan) agrees; the same write again completes it.
    /// </summary>
    [Fact]
    public async Task SaveMember_NewEntraId_FailingAtEveryStep_FoundByTheOldIdOrTheNew()
    {
        const string Network = "mentorprogram-nord";
        var steps = 0;
        for (var failAt = 1; ; failAt++)
        {
            var (repository, faults) = Faulty();
            var cached = new CachedNetworkRepository(repository, Options.Create(new StorageOptions { PlanCacheDuration = TimeSpan.FromMinutes(1) }));
            await repository.ImportAsync(Nord(), CancellationToken.None);
            var nora = new Member { Id = "senja-ny", TeamId = "senja", Name = "Nora Ny", AadObjectId = "aad-a", Roles = TeamRoles.Mentee };
            Assert.Equal(WriteOutcome.Saved, await repository.SaveMemberAsync(Network, nora, null, CancellationToken.None));
            var version = (await repository.GetMemberAsync(Network, nora.Id, CancellationToken.None))!.Version;

            faults.FailWrite(failAt);
            var outcome = WriteOutcome.Failed;
            try
            {
                outcome = await repository.SaveMemberAsync(Network, nora with { AadObjectId = "aad-b" }, version, CancellationToken.None);
            }
            catch (RequestFailedException ex) when (ex.Status == 503)
            {
            }

            faults.Off();
            var byA = (await cached.FindMembershipsAsync("aad-a", CancellationToken.None)).Count;
            var byB = (await cached.FindMembershipsAsync("aad-b", CancellationToken.None)).Count;
            Assert.True(byA + byB == 1, $"failing write {failAt}: found by A {byA}, by B {byB}");
            Assert.Equal(byA, (await repository.FindMembershipsAsync("aad-a", CancellationToken.None)).Count);
            Assert.Equal(byB, (await repository.FindMembershipsAsync("aad-b", CancellationToken.None)).Count);
            if (!faults.Fired)
            {
                Assert.Equal(WriteOutcome.Saved, outcome);
                Assert.Equal(1, byB);
                break;
            }

            steps++;
            var current = (await repository.GetMemberAsync(Network, nora.Id, CancellationToken.None))!;
            Assert.Equal(WriteOutcome.Saved, await repository.SaveMemberAsync(Network, nora with { AadObjectId = "aad-b" }, current.Version, CancellationToken.None));
            Assert.Empty(await cached.FindMembershipsAsync("aad-a", CancellationToken.None));
            Assert.Single(await cached.FindMembershipsAsync("aad-b", CancellationToken.None));
        }

        Assert.True(steps >= 3, $"only {steps} writes were tried");
    }

    [Fact]
    public async Task SaveMember_StaleVersion_Conflict()
    {
        var repository = Repository();
        var plan = Nord();
        await repository.ImportAsync(plan, CancellationToken.None);
        var read = (await repository.GetMemberAsync(plan.Network.Id, plan.Members[0].Id, CancellationToken.None))!;

        await repository.SaveMemberAsync(plan.Network.Id, read.Value with { Roles = read.Value.Roles | TeamRoles.Mentor }, read.Version, CancellationToken.None);
        var second = await repository.SaveMemberAsync(plan.Network.Id, read.Value with { Roles = TeamRoles.Hr }, read.Version, CancellationToken.None);

        Assert.Equal(WriteOutcome.Conflict, second);
        Assert.True((await repository.GetMemberAsync(plan.Network.Id, plan.Members[0].Id, CancellationToken.None))!.Value.Has(TeamRoles.Mentor));
    }

    [Fact]
    public async Task Organizers_WithEntraId_FoundAsOrganizers()
    {
        var repository = Repository();
        var plan = Nord();
        plan = plan with { Network = plan.Network with { Organizers = [plan.Network.Organizers[0] with { AadObjectId = "AAD-ORG" }, .. plan.Network.Organizers.Skip(1)] } };
        await repository.ImportAsync(plan, CancellationToken.None);

        var membership = Assert.Single(await repository.FindMembershipsAsync("AAD-ORG", CancellationToken.None));

        Assert.True(membership.IsOrganizer);
        Assert.Equal("mentorprogram-nord", membership.NetworkId);
    }

    [Fact]
    public async Task TeamProgress_SaveThenStaleWrite_Conflict()
    {
        var progress = new TeamProgressRepository(Tables());
        var item = new TeamTaskProgress
        {
            TeamId = "dyroy",
            TaskId = "rekruttere-mentorer",
            State = TaskState.InProgress,
            Steps = [new ProgressStep("s1", "Spør avdelingslederne", "dyroy-a", new DateOnly(2022, 10, 1), false)],
        };

        Assert.Equal(WriteOutcome.Saved, await progress.SaveAsync("nord", item, null, CancellationToken.None));
        var read = Assert.Single(await progress.GetTeamAsync("nord", "dyroy", CancellationToken.None));
        Assert.Equal(item.Steps, read.Value.Steps);
        Assert.Equal(WriteOutcome.Saved, await progress.SaveAsync("nord", read.Value with { State = TaskState.Done }, read.Version, CancellationToken.None));
        Assert.Equal(WriteOutcome.Conflict, await progress.SaveAsync("nord", read.Value with { State = TaskState.NotStarted }, read.Version, CancellationToken.None));
        Assert.Equal(TaskState.Done, Assert.Single(await progress.GetTeamAsync("nord", "dyroy", CancellationToken.None)).Value.State);
    }

    [Fact]
    public async Task Relink_ThenReimportUnchangedPlan_ChannelStaysWithTheNewTeam()
    {
        var repository = Repository();
        var plan = Nord();
        await repository.ImportAsync(plan, CancellationToken.None);
        var link = new ChannelLink("t", "19:team", "19:c@thread.tacv2", "https://smba.trafficmanager.net/emea/", Now, "x");
        await repository.SetChannelAsync(plan.Network.Id, "dyroy", link, (await repository.GetTeamAsync(plan.Network.Id, "dyroy", CancellationToken.None))!.Version, CancellationToken.None);
        await repository.SetChannelAsync(plan.Network.Id, "senja", link, (await repository.GetTeamAsync(plan.Network.Id, "senja", CancellationToken.None))!.Version, CancellationToken.None);

        await repository.ImportAsync(plan, CancellationToken.None);

        Assert.Equal(("mentorprogram-nord", "senja"), await repository.FindTeamByChannelAsync("t", "19:c@thread.tacv2", CancellationToken.None));
        Assert.Null((await repository.GetTeamAsync(plan.Network.Id, "dyroy", CancellationToken.None))!.Value.Channel);
    }

    [Fact]
    public async Task ExactEdit_RemovingSomeoneWhoJoinedInTeams_StaysRemoved_FullImportKeepsThem()
    {
        var repository = Repository();
        var plan = Nord();
        await repository.ImportAsync(plan, CancellationToken.None);
        var joined = new Member { Id = "senja-nora", TeamId = "senja", Name = "Nora Ny", AadObjectId = "AAD-NORA", JoinedViaTeams = true };
        await repository.SaveMemberAsync(plan.Network.Id, joined, null, CancellationToken.None);

        var afterFullImport = await repository.ImportAsync(plan, CancellationToken.None);
        Assert.Contains(afterFullImport.Members, m => m.Id == "senja-nora");

        var current = (await repository.GetVersionedPlanAsync(plan.Network.Id, CancellationToken.None))!;
        var without = current.Value with { Members = [.. current.Value.Members.Where(m => m.Id != "senja-nora")] };
        var (outcome, _) = await repository.ImportAsync(without, current.Version, ImportMode.Exact, CancellationToken.None);

        Assert.Equal(WriteOutcome.Saved, outcome);
        Assert.DoesNotContain((await repository.GetPlanAsync(plan.Network.Id, CancellationToken.None))!.Members, m => m.Id == "senja-nora");
        Assert.Empty(await repository.FindMembershipsAsync("AAD-NORA", CancellationToken.None));
    }

    [Fact]
    public async Task FullImport_WithoutAClaimedPlanMember_RemovesThem()
    {
        var repository = Repository();
        var plan = Nord();
        await repository.ImportAsync(plan, CancellationToken.None);
        var claimed = (await repository.GetMemberAsync(plan.Network.Id, plan.Members[0].Id, CancellationToken.None))!;
        await repository.SaveMemberAsync(plan.Network.Id, claimed.Value with { AadObjectId = "AAD-CLAIMED" }, claimed.Version, CancellationToken.None);

        await repository.ImportAsync(plan with { Members = [.. plan.Members.Skip(1)] }, CancellationToken.None);

        Assert.DoesNotContain((await repository.GetPlanAsync(plan.Network.Id, CancellationToken.None))!.Members, m => m.Id == plan.Members[0].Id);
        Assert.Empty(await repository.FindMembershipsAsync("AAD-CLAIMED", CancellationToken.None));
    }

    [Fact]
    public async Task Edit_WhileSomeoneSetsTheirRoleInTeams_ConflictNotOverwritten()
    {
        var repository = Repository();
        var plan = Nord();
        await repository.ImportAsync(plan, CancellationToken.None);
        var read = (await repository.GetVersionedPlanAsync(plan.Network.Id, CancellationToken.None))!;
        var member = (await repository.GetMemberAsync(plan.Network.Id, plan.Members[0].Id, CancellationToken.None))!;
        await repository.SaveMemberAsync(plan.Network.Id, member.Value with { Roles = TeamRoles.Mentee }, member.Version, CancellationToken.None);

        var (outcome, _) = await repository.ImportAsync(read.Value with { Network = read.Value.Network with { Name = "Endret" } }, read.Version, ImportMode.Exact, CancellationToken.None);

        Assert.Equal(WriteOutcome.Conflict, outcome);
        var stored = (await repository.GetPlanAsync(plan.Network.Id, CancellationToken.None))!;
        Assert.Equal(TeamRoles.Mentee, stored.Members[0].Roles);
        Assert.Equal("Mentorprogram Nord", stored.Network.Name);
    }

    [Fact]
    public async Task Cache_ServesThePlanFromMemory_AWriteThroughItDropsIt_ZeroTurnsItOff()
    {
        var storage = Repository(); // stands for another instance writing to the same tables
        var plan = Nord();
        await storage.ImportAsync(plan, CancellationToken.None);
        var cached = new CachedNetworkRepository(Repository(), Options.Create(new StorageOptions { TablePrefix = _prefix, PlanCacheDuration = TimeSpan.FromMinutes(1) }));
        var first = await cached.GetPlanAsync(plan.Network.Id, CancellationToken.None);

        await storage.ImportAsync(plan with { Network = plan.Network with { Name = "Endret annet sted" } }, CancellationToken.None);
        Assert.Same(first, await cached.GetPlanAsync(plan.Network.Id, CancellationToken.None)); // within the duration: from memory

        var member = (await cached.GetMemberAsync(plan.Network.Id, plan.Members[0].Id, CancellationToken.None))!;
        Assert.Equal(WriteOutcome.Saved, await cached.SaveMemberAsync(plan.Network.Id, member.Value with { Name = "Nytt Navn" }, member.Version, CancellationToken.None));
        var fresh = (await cached.GetPlanAsync(plan.Network.Id, CancellationToken.None))!;
        Assert.Equal("Endret annet sted", fresh.Network.Name);
        Assert.Equal("Nytt Navn", fresh.Members[0].Name);

        var off = new CachedNetworkRepository(Repository(), Options.Create(new StorageOptions { TablePrefix = _prefix, PlanCacheDuration = TimeSpan.Zero }));
        await off.GetPlanAsync(plan.Network.Id, CancellationToken.None);
        await storage.ImportAsync(plan with { Network = plan.Network with { Name = "Igjen" } }, CancellationToken.None);
        Assert.Equal("Igjen", (await off.GetPlanAsync(plan.Network.Id, CancellationToken.None))!.Network.Name);
    }
}
