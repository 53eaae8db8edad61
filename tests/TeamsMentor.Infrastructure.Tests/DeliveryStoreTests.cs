using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Delivery;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Infrastructure.Tests;

/// <summary>The outbox and ledger against a real Azurite: idempotent enqueue, ETag claims, results, recovery, lease, updates.</summary>
[Collection(StorageCollection.Name)]
public sealed class DeliveryStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly string _prefix = AzuriteFixture.UniquePrefix();

    private DeliveryStore CreateStore() =>
        new(new TableProvider(new TableServiceClient(azurite.ConnectionString), Options.Create(new StorageOptions { TablePrefix = _prefix })));

    private static WaveRequest Wave(string id = "evaluation:nord:1") => new(id, "nord", "Evaluation", T0, 1);

    private static DeliveryRequest Personal(int i, string json = "{\"type\":\"message\"}") =>
        new(new DeliveryTarget($"user|aad-{i}", "tenant", "https://smba.trafficmanager.net/emea/", $"a:chat/{i}#?", $"Person {i}"), DeliveryOperation.Post, json);

    [Fact]
    public async Task Enqueue_Twice_SecondAddsNothing()
    {
        var store = CreateStore();
        var deliveries = Enumerable.Range(0, 150).Select(i => Personal(i)).ToList();

        var first = await store.EnqueueAsync(Wave(), deliveries, CancellationToken.None);
        var second = await store.EnqueueAsync(Wave(), deliveries, CancellationToken.None);

        Assert.Equal(new EnqueueOutcome(150, false), first);
        Assert.Equal(new EnqueueOutcome(0, true), second);
        var due = await store.FetchDueAsync(T0, 1000, CancellationToken.None);
        Assert.Equal(150, due.Count);
        Assert.Equal(150, due.Select(d => d.Target.Key).Distinct().Count());
        Assert.Equal("a:chat/7#?", due.Single(d => d.Target.Key == "user|aad-7").Target.ConversationId);
        var times = await store.GetWaveTimesAsync("nord", CancellationToken.None);
        Assert.Equal(T0, times["evaluation:nord:1"]);
    }

    /// <summary>
    /// A fill cut short after the wave's header (storage gone before its second batch of rows): the wave does not count
    /// as enqueued, so the scheduler makes it again, and that enqueue finishes it; nobody on it is left out.
    /// </summary>
    [Fact]
    public async Task Enqueue_CutShortAfterTheHeader_NotCountedAsSent_TheNextEnqueueFinishesIt()
    {
        var faults = new StorageFaults();
        var options = new TableClientOptions();
        options.AddPolicy(faults, Azure.Core.HttpPipelinePosition.PerCall);
        var store = new DeliveryStore(new TableProvider(new TableServiceClient(azurite.ConnectionString, options), Options.Create(new StorageOptions { TablePrefix = _prefix })));
        var deliveries = Enumerable.Range(0, 150).Select(i => Personal(i)).ToList();
        await store.GetWaveTimesAsync("nord", CancellationToken.None); // the tables exist
        await store.FetchDueAsync(T0, 1, CancellationToken.None);

        faults.FailWrite(3, andAfter: true); // header, first 100 rows, then storage is gone
        await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => store.EnqueueAsync(Wave(), deliveries, CancellationToken.None));
        faults.Off();

        Assert.Empty(await store.GetWaveTimesAsync("nord", CancellationToken.None));
        Assert.Empty(await store.FetchDueAsync(T0, 1000, CancellationToken.None)); // not open: nothing half sent
        var again = await store.EnqueueAsync(Wave(), deliveries, CancellationToken.None);
        Assert.Equal(new EnqueueOutcome(50, AlreadyExisted: true), again);
        Assert.Equal(T0, (await store.GetWaveTimesAsync("nord", CancellationToken.None))["evaluation:nord:1"]);
        Assert.Equal(150, (await store.FetchDueAsync(T0, 1000, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Enqueue_DuplicateTargets_Refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => CreateStore().EnqueueAsync(Wave(), [Personal(1), Personal(1)], CancellationToken.None));
    }

    [Fact]
    public async Task TryClaim_TwoSendersSameVersion_OnlyOneWins()
    {
        var store = CreateStore();
        await store.EnqueueAsync(Wave(), [Personal(1)], CancellationToken.None);
        var item = (await store.FetchDueAsync(T0, 10, CancellationToken.None)).Single();

        var a = await store.TryClaimAsync(item, "a|1", T0, T0.AddMinutes(1), CancellationToken.None);
        var b = await store.TryClaimAsync(item, "b|1", T0, T0.AddMinutes(1), CancellationToken.None);

        Assert.NotNull(a);
        Assert.Null(b);
        Assert.Equal(1, a.Attempts);
        Assert.Empty(await store.FetchDueAsync(T0.AddSeconds(59), 10, CancellationToken.None)); // claimed: not due while the claim lasts
    }

    [Fact]
    public async Task Record_Sent_KeepsActivityIdDropsContentAndClosesWave()
    {
        var store = CreateStore();
        await store.EnqueueAsync(Wave(), [Personal(1), Personal(2)], CancellationToken.None);
        var due = await store.FetchDueAsync(T0, 10, CancellationToken.None);
        foreach (var item in due)
        {
            var claimed = (await store.TryClaimAsync(item, "a|1", T0, T0.AddMinutes(1), CancellationToken.None))!;
            Assert.Equal(WriteOutcome.Saved, await store.RecordAsync(claimed, new DeliveryDecision(DeliveryState.Sent, T0, null), AttemptResult.Sent("act-" + item.Target.Key), T0, CancellationToken.None));
        }

        Assert.Empty(await store.FetchDueAsync(T0.AddHours(1), 10, CancellationToken.None));
        var stored = await store.GetAsync("evaluation:nord:1", "user|aad-2", CancellationToken.None);
        Assert.Equal(DeliveryState.Sent, stored!.State);
        Assert.Equal("act-user|aad-2", stored.ActivityId);
        Assert.Null(stored.ActivityJson);
        var wave = Assert.Single(await store.ListWavesAsync("nord", CancellationToken.None));
        Assert.Equal(2, wave.Count(DeliveryState.Sent));
        Assert.Equal(2, wave.Targets);
    }

    [Fact]
    public async Task Record_Retrying_DueAgainOnlyAtItsTime()
    {
        var store = CreateStore();
        await store.EnqueueAsync(Wave(), [Personal(1)], CancellationToken.None);
        var claimed = (await store.TryClaimAsync((await store.FetchDueAsync(T0, 10, CancellationToken.None)).Single(), "a|1", T0, T0.AddMinutes(1), CancellationToken.None))!;
        await store.RecordAsync(claimed, new DeliveryDecision(DeliveryState.Retrying, T0.AddSeconds(30), "HTTP 503"), new AttemptResult(AttemptOutcome.Transient, 503), T0, CancellationToken.None);

        Assert.Empty(await store.FetchDueAsync(T0.AddSeconds(29), 10, CancellationToken.None));
        var again = Assert.Single(await store.FetchDueAsync(T0.AddSeconds(30), 10, CancellationToken.None));
        Assert.Equal(DeliveryState.Retrying, again.State);
        Assert.Equal("HTTP 503", again.Reason);
        Assert.NotNull(again.ActivityJson); // the content stays until it is delivered
    }

    [Fact]
    public async Task ClaimThatRanOut_DueAgainAndCountedInDoubt()
    {
        var store = CreateStore();
        await store.EnqueueAsync(Wave(), [Personal(1)], CancellationToken.None);
        await store.TryClaimAsync((await store.FetchDueAsync(T0, 10, CancellationToken.None)).Single(), "dead|1", T0, T0.AddMinutes(1), CancellationToken.None);

        var orphan = Assert.Single(await store.FetchDueAsync(T0.AddMinutes(1), 10, CancellationToken.None));
        var reclaimed = await store.TryClaimAsync(orphan, "b|1", T0.AddMinutes(1), T0.AddMinutes(2), CancellationToken.None);

        Assert.Equal(2, reclaimed!.Attempts);
        Assert.Equal(1, reclaimed.InDoubtResends);
    }

    [Fact]
    public async Task FindAndReleaseStaleClaims_SameInstanceEarlierRunOnly_DueAtOnce()
    {
        var store = CreateStore();
        await store.EnqueueAsync(Wave(), [Personal(1), Personal(2)], CancellationToken.None);
        var due = await store.FetchDueAsync(T0, 10, CancellationToken.None);
        await store.TryClaimAsync(due[0], "host-a|run1", T0, T0.AddMinutes(1), CancellationToken.None);
        await store.TryClaimAsync(due[1], "host-b|run1", T0, T0.AddMinutes(1), CancellationToken.None);

        var stale = Assert.Single(await store.FindStaleClaimsAsync("host-a", "host-a|run2", CancellationToken.None));
        Assert.Equal(("host-a|run1", 1), (stale.LeaseOwner, stale.Attempts));
        Assert.Equal(WriteOutcome.Saved, await store.ReleaseClaimAsync(stale, T0.AddSeconds(1), CancellationToken.None));
        Assert.Equal(WriteOutcome.Conflict, await store.ReleaseClaimAsync(stale, T0.AddSeconds(1), CancellationToken.None)); // changed since it was read

        var now = Assert.Single(await store.FetchDueAsync(T0.AddSeconds(1), 10, CancellationToken.None));
        Assert.Equal(due[0].Target.Key, now.Target.Key);
    }

    [Fact]
    public async Task Record_Failed_CountsAsDeadLetter()
    {
        var store = CreateStore();
        await store.EnqueueAsync(Wave(), [Personal(1)], CancellationToken.None);
        var claimed = (await store.TryClaimAsync((await store.FetchDueAsync(T0, 10, CancellationToken.None)).Single(), "a|1", T0, T0.AddMinutes(1), CancellationToken.None))!;
        await store.RecordAsync(claimed, new DeliveryDecision(DeliveryState.Failed, T0, "HTTP 413 MessageSizeTooBig"), new AttemptResult(AttemptOutcome.Rejected, 413), T0, CancellationToken.None);

        Assert.Equal(1, await store.CountDeadLettersAsync(CancellationToken.None));
        var row = Assert.Single((await store.GetWaveAsync("nord", "evaluation:nord:1", CancellationToken.None))!);
        Assert.Equal(DeliveryState.Failed, row.State);
        Assert.Equal("HTTP 413 MessageSizeTooBig", row.Reason);
        Assert.Null(await store.GetWaveAsync("other-network", "evaluation:nord:1", CancellationToken.None));
    }

    [Fact]
    public async Task EnqueueUpdate_SentCard_QueuesPutWithItsActivityId_NotSentYet_ReplacesContent()
    {
        var store = CreateStore();
        await store.EnqueueAsync(Wave(), [Personal(1), Personal(2)], CancellationToken.None);
        var first = (await store.FetchDueAsync(T0, 10, CancellationToken.None)).Single(d => d.Target.Key == "user|aad-1");
        var claimed = (await store.TryClaimAsync(first, "a|1", T0, T0.AddMinutes(1), CancellationToken.None))!;
        await store.RecordAsync(claimed, new DeliveryDecision(DeliveryState.Sent, T0, null), AttemptResult.Sent("act-1"), T0, CancellationToken.None);

        Assert.Equal(WriteOutcome.Saved, await store.EnqueueUpdateAsync("evaluation:nord:1", "user|aad-1", "{\"v\":2}", T0.AddMinutes(5), CancellationToken.None));
        Assert.Equal(WriteOutcome.Saved, await store.EnqueueUpdateAsync("evaluation:nord:1", "user|aad-2", "{\"v\":3}", T0.AddMinutes(5), CancellationToken.None));
        Assert.Equal(WriteOutcome.NotFound, await store.EnqueueUpdateAsync("evaluation:nord:1", "user|nobody", "{}", T0, CancellationToken.None));

        var due = await store.FetchDueAsync(T0.AddMinutes(5), 10, CancellationToken.None);
        var update = due.Single(d => d.Operation == DeliveryOperation.Update);
        Assert.Equal("act-1", update.ActivityId);
        Assert.Equal("{\"v\":2}", update.ActivityJson);
        Assert.Equal("{\"v\":3}", due.Single(d => d.Target.Key == "user|aad-2").ActivityJson);
    }

    [Fact]
    public async Task LargeActivity_StoredInChunks_RoundTrips()
    {
        var store = CreateStore();
        var json = "{\"text\":\"" + new string('æ', 70_000) + "\"}";
        await store.EnqueueAsync(Wave(), [Personal(1, json)], CancellationToken.None);
        Assert.Equal(json, Assert.Single(await store.FetchDueAsync(T0, 10, CancellationToken.None)).ActivityJson);
    }

    [Fact]
    public async Task Lease_HeldByOne_OthersWaitUntilItRunsOut_SameInstanceTakesItBack()
    {
        var store = CreateStore();
        var d = TimeSpan.FromSeconds(20);
        Assert.True(await store.TryAcquireLeaseAsync("senders", "a", T0, d, CancellationToken.None));
        Assert.False(await store.TryAcquireLeaseAsync("senders", "b", T0.AddSeconds(19), d, CancellationToken.None));
        Assert.True(await store.TryAcquireLeaseAsync("senders", "a", T0.AddSeconds(5), d, CancellationToken.None)); // restarted a
        Assert.False(await store.TryAcquireLeaseAsync("senders", "b", T0.AddSeconds(24), d, CancellationToken.None));
        Assert.True(await store.TryAcquireLeaseAsync("senders", "b", T0.AddSeconds(25), d, CancellationToken.None));
        Assert.False(await store.TryAcquireLeaseAsync("senders", "a", T0.AddSeconds(26), d, CancellationToken.None));
    }
}
