using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Domain.Tasks;
using TeamsMentor.Infrastructure.FollowUps;
using TeamsMentor.Infrastructure.Networks;
using TeamsMentor.Infrastructure.OpenScreen;
using TeamsMentor.Infrastructure.Scheduling;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Infrastructure.Tasks;
using TeamsMentor.Testing;

namespace TeamsMentor.Infrastructure.Tests;

/// <summary>
/// The networks' schedule stamps on a real Azurite: one read returns every network's stamp, a touch moves only its own
/// network's, and the writes the scheduler must notice touch it while the others do not.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class ScheduleStampStoreTests(AzuriteFixture azurite)
{
    private const string Network = "mentorprogram-nord";
    private static readonly DateTimeOffset At = new(2023, 5, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly string _prefix = AzuriteFixture.UniquePrefix();

    private TableProvider Tables() => new(new TableServiceClient(azurite.ConnectionString), Options.Create(new StorageOptions { TablePrefix = _prefix }));

    [Fact]
    public async Task Touch_MovesOnlyThatNetworksStamp_AndOneReadHasThemAll()
    {
        var stamps = new ScheduleStampStore(Tables());
        Assert.Empty(await stamps.ReadAllAsync(CancellationToken.None));

        await stamps.TouchAsync(Network);
        await stamps.TouchAsync("mentorprogram-viken/ny"); // any id: keys are encoded
        var first = await stamps.ReadAllAsync(CancellationToken.None);
        Assert.Equal([Network, "mentorprogram-viken/ny"], first.Keys.Order(StringComparer.Ordinal));

        await stamps.TouchAsync(Network);
        await stamps.TouchAsync(Network); // twice in the same millisecond still moves it
        var second = await stamps.ReadAllAsync(CancellationToken.None);
        Assert.NotEqual(first[Network], second[Network]);
        Assert.Equal(first["mentorprogram-viken/ny"], second["mentorprogram-viken/ny"]);
    }

    [Fact]
    public async Task Touch_WhenStorageDoesNotAnswer_DoesNotThrow()
    {
        var options = new TableClientOptions { Retry = { MaxRetries = 0 } };
        options.AddPolicy(new StorageFailurePolicy(), Azure.Core.HttpPipelinePosition.PerCall);
        var unreachable = new TableServiceClient(new Uri("http://127.0.0.1:9/devstoreaccount1"),
            new TableSharedKeyCredential("devstoreaccount1", Convert.ToBase64String(new byte[64])), options);
        var stamps = new ScheduleStampStore(new TableProvider(unreachable, Options.Create(new StorageOptions { TablePrefix = _prefix })));

        await stamps.TouchAsync(Network); // the write it follows is done: a touch that did not land is made up for by the scheduler's full read
    }

    [Fact]
    public async Task TheWritesTheSchedulerMustSee_TouchTheirNetwork_RsvpsDoNot()
    {
        var tables = Tables();
        var stamps = new ScheduleStampStore(tables);
        var networks = new CachedNetworkRepository(new NetworkRepository(tables), Options.Create(new StorageOptions { TablePrefix = _prefix }), stamps);
        var sessions = new OpenScreenRepository(tables, stamps);
        var progress = new TeamProgressRepository(tables, stamps);
        var followUps = new FollowUpRepository(tables, stamps);
        async Task<string?> StampAsync() => (await stamps.ReadAllAsync(CancellationToken.None)).GetValueOrDefault(Network);

        var plan = NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"))).Plan!;
        await networks.ImportAsync(plan, CancellationToken.None);
        var imported = await StampAsync();
        Assert.NotNull(imported);

        var member = (await networks.GetMemberAsync(Network, plan.Members[0].Id, CancellationToken.None))!;
        Assert.Equal(WriteOutcome.Saved, await networks.SaveMemberAsync(Network, member.Value with { Name = "Ny Navnesen" }, member.Version, CancellationToken.None));
        var memberSaved = await StampAsync();
        Assert.NotEqual(imported, memberSaved);

        var session = new OpenScreenSession
        {
            Id = "s1", Start = At.AddDays(8), DurationMinutes = 60, Topic = "Rekruttering", TeamIds = [], ScheduledBy = "aad-org", ChangedAt = At,
        };
        Assert.Equal(WriteOutcome.Saved, (await sessions.SaveSessionAsync(Network, session, null, CancellationToken.None)).Outcome);
        var sessionSaved = await StampAsync();
        Assert.NotEqual(memberSaved, sessionSaved);

        await sessions.SetRsvpAsync(Network, "s1", new OpenScreenRsvp("aad-mari", "mari", RsvpChoice.Yes, At), CancellationToken.None);
        Assert.Equal(sessionSaved, await StampAsync()); // an RSVP changes nothing that is due

        Assert.Equal(WriteOutcome.Conflict, (await sessions.SaveSessionAsync(Network, session, null, CancellationToken.None)).Outcome);
        Assert.Equal(sessionSaved, await StampAsync()); // nothing was written

        Assert.Equal(WriteOutcome.Saved, await progress.SaveAsync(Network, new TeamTaskProgress { TeamId = plan.Teams[0].Id, TaskId = "t1", State = TaskState.InProgress },
            null, CancellationToken.None));
        var progressSaved = await StampAsync();
        Assert.NotEqual(sessionSaved, progressSaved);

        Assert.Equal(WriteOutcome.Saved, (await followUps.SaveAsync(Network, new FollowUp
        {
            Id = "f1", TeamId = plan.Teams[0].Id, Period = 3, Mode = FollowUpMode.Phone, Start = At, State = FollowUpState.Cancelled, BookedBy = "Ragnhild", ChangedAt = At,
        }, null, CancellationToken.None)).Outcome);
        Assert.NotEqual(progressSaved, await StampAsync());
    }
}
