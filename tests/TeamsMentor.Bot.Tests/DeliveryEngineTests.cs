using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Delivery;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The delivery engine in the real host, over real HTTP to the limit-enforcing fake connector, with storage on Azurite:
/// nothing lost, nothing twice, no 429 provoked, and every failure kind ends in the right ledger state.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DeliveryEngineTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Tenant = "3b1a2c4d-0000-4000-8000-00000000a001";
    private readonly List<BotHostFactory> _hosts = [];
    private readonly DirectoryInfo _journals = Directory.CreateTempSubdirectory("teamsmentor-answers-");
    private FakeTeamsConnector _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeTeamsConnector.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _fake.DisposeAsync();
        _journals.Delete(recursive: true);
    }

    private BotHostFactory Host(string instance = "host-a", string? prefix = null, TimeProvider? clock = null, Action<IServiceCollection>? services = null,
        IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:DangerouslyAllowUnauthenticatedRequests"] = "true", // the fake listens on loopback http
            ["Bot:Connector:MaxActivityBytes"] = "300000", // let the fake's own 413 answer oversize messages
            ["Delivery:Enabled"] = "true",
            ["Delivery:InstanceId"] = instance,
            ["Delivery:BaseDelay"] = "00:00:00.2",
            ["Delivery:MaxDelay"] = "00:00:01",
            ["Delivery:PollInterval"] = "00:00:00.2",
            ["Delivery:LeaseDuration"] = "00:00:03",
            ["Delivery:ClaimDuration"] = "00:00:15",
            ["Delivery:SchedulerInterval"] = "00:00:01",
            ["Delivery:JournalDirectory"] = _journals.FullName,
        };
        if (prefix is not null)
        {
            settings["Storage:TablePrefix"] = prefix;
        }

        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new BotHostFactory(azurite.ConnectionString, "Development", settings) { RealConnectorHttp = true, Clock = clock, TestServices = services };
        _hosts.Add(host);
        _ = host.Services; // start it
        return host;
    }

    private static IDeliveryStore Store(BotHostFactory host) => host.Services.GetRequiredService<IDeliveryStore>();

    private DeliveryRequest Personal(int i, string? body = null) => new(
        new DeliveryTarget($"user|{i}", Tenant, _fake.ServiceUrl, $"a:chat-{i}", $"Person {i}"),
        DeliveryOperation.Post,
        body ?? $$"""{"type":"message","text":"prompt {{i}}"}""");

    private DeliveryRequest ChannelPost(int i) => new(
        new DeliveryTarget($"team|{i}", Tenant, _fake.ServiceUrl, "19:nord-bodo@thread.tacv2", "Bodø"),
        DeliveryOperation.NewThread,
        $$"""{"type":"message","text":"channel post {{i}}"}""");

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition) =>
        Assert.True(await PollAsync(condition, done => done, TimeSpan.FromSeconds(15)), "timed out");

    private static Task<IReadOnlyList<DeliveryItem>> SettledAsync(IDeliveryStore store, string wave, TimeSpan timeout) =>
        PollAsync(async () => (await store.GetWaveAsync("nord", wave, CancellationToken.None))!, rows => rows.All(r => r.IsFinal), timeout);

    /// <summary>
    /// Reads until <paramref name="done"/> or <paramref name="timeout"/> (then the last read): the engine here runs on the
    /// real clock against a fake connector, so there is no signal to wait on, only storage to look at.
    /// </summary>
    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value) || watch.Elapsed > timeout)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Wave_PersonalAndChannel_AllDeliveredOnceWithinLimits_FailuresInLedger()
    {
        var host = Host();
        var store = Store(host);
        _fake.Settings.Blocked.Add("a:chat-1");
        _fake.Settings.Gone.Add("a:chat-2");
        var deliveries = Enumerable.Range(0, 40).Select(i => Personal(i)).ToList();
        deliveries[3] = Personal(3, $$"""{"type":"message","text":"{{new string('x', 110_000)}}"}""");
        deliveries.AddRange(Enumerable.Range(0, 12).Select(ChannelPost));

        await store.EnqueueAsync(new WaveRequest("w1", "nord", "Test", DateTimeOffset.UtcNow), deliveries, CancellationToken.None);
        var rows = await SettledAsync(store, "w1", TimeSpan.FromSeconds(30));

        Assert.All(rows, r => Assert.True(r.IsFinal, $"{r.Target.Key} is {r.State}"));
        Assert.Equal(DeliveryState.Unreachable, rows.Single(r => r.Target.Key == "user|1").State);
        Assert.Equal("HTTP 403 MessageWritesBlocked", rows.Single(r => r.Target.Key == "user|1").Reason);
        Assert.Equal(DeliveryState.Unreachable, rows.Single(r => r.Target.Key == "user|2").State);
        var oversize = rows.Single(r => r.Target.Key == "user|3");
        Assert.Equal(DeliveryState.Failed, oversize.State);
        Assert.Equal("HTTP 413 MessageSizeTooBig", oversize.Reason);
        Assert.Equal(49, rows.Count(r => r.State == DeliveryState.Sent));
        Assert.All(rows.Where(r => r.State == DeliveryState.Sent), r => Assert.NotNull(r.ActivityId));
        Assert.All(rows.Where(r => r.Operation == DeliveryOperation.NewThread), r => Assert.StartsWith("19:nord-bodo@thread.tacv2;messageid=", r.ThreadId, StringComparison.Ordinal));

        Assert.Equal(49, _fake.Accepted.Count);
        Assert.Equal(0, _fake.Duplicates());
        Assert.Equal(0, _fake.Count(429)); // 12 posts into one channel were paced, not throttled
        var channel = _fake.Accepted.Where(a => a.Conversation == "19:nord-bodo@thread.tacv2").Select(a => a.At).ToList();
        Assert.Equal(12, channel.Count);
        Assert.True(channel[^1] - channel[0] > TimeSpan.FromSeconds(2), "12 posts into one channel need more than 2 s (8 per 2 s)");
    }

    [Fact]
    public async Task EverySend_IsASpanWithItsOutcome_AndCounted_WithNoConversationIdInIt()
    {
        var spans = new List<System.Diagnostics.Activity>();
        var metrics = new List<Metric>();
        var host = Host(services: s => s.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(spans)).WithMetrics(m => m.AddInMemoryExporter(metrics)));
        var store = Store(host);
        _fake.Settings.Blocked.Add("a:chat-1");

        await store.EnqueueAsync(new WaveRequest("w-otel", "nord", "Test", DateTimeOffset.UtcNow), [.. Enumerable.Range(0, 4).Select(i => Personal(i))], CancellationToken.None);
        var rows = await SettledAsync(store, "w-otel", TimeSpan.FromSeconds(30));
        Assert.All(rows, r => Assert.True(r.IsFinal));
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        List<System.Diagnostics.Activity> sends;
        lock (spans)
        {
            sends = [.. spans.Where(s => s.DisplayName == "outbox send")];
        }

        Assert.Equal(3, sends.Count(s => (string?)s.GetTagItem("teamsmentor.delivery.outcome") == "Sent" && (string?)s.GetTagItem("teamsmentor.delivery.state") == "Sent"));
        var blocked = Assert.Single(sends, s => (string?)s.GetTagItem("teamsmentor.delivery.state") == "Unreachable");
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Error, blocked.Status);
        Assert.All(sends, s => Assert.Equal("Post", s.GetTagItem("teamsmentor.delivery.operation")));
        // The request to Teams under each send: its URL without the chat's id.
        List<System.Diagnostics.Activity> all;
        lock (spans)
        {
            all = [.. spans];
        }

        var toTeams = all.Where(s => s.Kind == System.Diagnostics.ActivityKind.Client && ((string?)s.GetTagItem("url.full"))?.Contains("/v3/conversations/", StringComparison.Ordinal) == true).ToList();
        Assert.True(toTeams.Count >= 4, $"{toTeams.Count} requests to Teams traced");
        Assert.All(all.SelectMany(s => s.TagObjects), tag => Assert.DoesNotContain("chat-", tag.Value?.ToString() ?? "", StringComparison.Ordinal)); // "a:chat-1", escaped or not
        Assert.All(all.SelectMany(s => s.TagObjects), tag => Assert.DoesNotContain("Person ", tag.Value?.ToString() ?? "", StringComparison.Ordinal));

        var sent = metrics.Where(m => m.Name == "teamsmentor.outbox.sends").SelectMany(m =>
        {
            var points = new List<(string? Outcome, long Value)>();
            foreach (ref readonly var point in m.GetMetricPoints())
            {
                string? outcome = null;
                foreach (var tag in point.Tags)
                {
                    outcome = tag.Key == "outcome" ? tag.Value?.ToString() : outcome;
                }

                points.Add((outcome, point.GetSumLong()));
            }

            return points;
        }).ToList();
        Assert.True(sent.Where(p => p.Outcome == "Sent").Sum(p => p.Value) >= 3, string.Join(", ", sent));
    }

    [Fact]
    public async Task AnIdleSender_IsWokenByAnEnqueueHere_AndFindsAnotherInstancesByItsNextPoll()
    {
        // The app's clock stands still unless the test moves it: the idle sender's wait never ends by itself, so only the
        // signal can wake it, and only a poll after the clock moved can find what another instance enqueued.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var host = Host(clock: clock, more: new Dictionary<string, string?> { ["Delivery:LeaseDuration"] = "00:00:30", ["Delivery:IdlePollInterval"] = "00:00:10" });
        var store = Store(host);
        var status = host.Services.GetRequiredService<DeliveryStatus>();
        await WaitUntilAsync(() => status.Role == DeliveryStatus.Sender && status.LastPollAt is not null);

        await store.EnqueueAsync(new WaveRequest("w-wake", "nord", "Test", clock.GetUtcNow()), [Personal(1)], CancellationToken.None);
        await WaitUntilAsync(() => _fake.Accepted.Count == 1);

        var other = new DeliveryStore(new TableProvider(new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString),
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { TablePrefix = host.TablePrefix })));
        await other.EnqueueAsync(new WaveRequest("w-other", "nord", "Test", clock.GetUtcNow()), [Personal(2)], CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(10)); // IdlePollInterval: the longest an idle sender waits between polls
        await WaitUntilAsync(() => _fake.Accepted.Count == 2);
        Assert.Equal(["a:chat-1", "a:chat-2"], _fake.Accepted.Select(a => a.Conversation).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Wave_ServerErrorsAndA429Storm_EverythingDeliveredOnce_NoHotLoop()
    {
        var host = Host();
        var store = Store(host);
        _fake.Settings.ServerErrorRate = 0.3;
        _fake.Settings.StormUntil = DateTimeOffset.UtcNow.AddSeconds(4);
        _fake.Settings.StormRetryAfter = TimeSpan.FromSeconds(1);

        await store.EnqueueAsync(new WaveRequest("w2", "nord", "Test", DateTimeOffset.UtcNow), [.. Enumerable.Range(0, 30).Select(i => Personal(i))], CancellationToken.None);
        var rows = await SettledAsync(store, "w2", TimeSpan.FromSeconds(40));

        Assert.All(rows, r => Assert.Equal(DeliveryState.Sent, r.State));
        Assert.Equal(30, _fake.Accepted.Select(a => a.Conversation).Distinct().Count());
        Assert.Equal(0, _fake.Duplicates());
        var duringStorm = _fake.Requests.Count(r => r.Status == 429);
        Assert.InRange(duringStorm, 1, 40); // Retry-After pauses the whole tenant: a handful per second, not a loop
        Assert.Contains(rows, r => r.Attempts > 1);
    }

    [Fact]
    public async Task Update_SentCard_PutWithItsActivityId()
    {
        var host = Host();
        var store = Store(host);
        await store.EnqueueAsync(new WaveRequest("w3", "nord", "Test", DateTimeOffset.UtcNow), [ChannelPost(1)], CancellationToken.None);
        var sent = Assert.Single(await SettledAsync(store, "w3", TimeSpan.FromSeconds(10)));

        Assert.Equal(WriteOutcome.Saved, await store.EnqueueUpdateAsync("w3", "team|1", """{"type":"message","text":"Sendt inn av Kari"}""", DateTimeOffset.UtcNow, CancellationToken.None));
        var rows = await SettledAsync(store, "w3", TimeSpan.FromSeconds(10));

        Assert.All(rows, r => Assert.Equal(DeliveryState.Sent, r.State));
        var put = Assert.Single(_fake.Accepted, a => a.Method == "PUT");
        Assert.Equal(sent.ActivityId, JsonNode.Parse(put.Body)!["id"]!.GetValue<string>());
        Assert.Contains("Sendt inn av Kari", put.Body, StringComparison.Ordinal);
    }

    /// <summary>
    /// The status-report save's update: written without reading the card's delivery (the row, then the wave opened);
    /// when sent, the card's own delivery says where (its activity id, thread); a wave that does not exist (no card
    /// posted) leaves nothing behind; an update of a card that never went out is dropped without a dead letter.
    /// </summary>
    [Fact]
    public async Task CardUpdate_WithoutReadingTheCard_PutToItsActivityId_NoCardNothingLeft_NoDeadLetter()
    {
        var host = Host();
        var store = Store(host);
        await store.EnqueueAsync(new WaveRequest("w5", "nord", "Test", DateTimeOffset.UtcNow), [ChannelPost(1)], CancellationToken.None);
        var sent = Assert.Single(await SettledAsync(store, "w5", TimeSpan.FromSeconds(10)));

        await store.EnqueueCardUpdateAsync("nord", "w5", ChannelPost(1).Target, """{"type":"message","text":"Sendt inn av Kari"}""", DateTimeOffset.UtcNow, CancellationToken.None);
        await store.EnqueueCardUpdateAsync("nord", "no-such-wave", ChannelPost(1).Target, """{"type":"message","text":"x"}""", DateTimeOffset.UtcNow, CancellationToken.None);
        await SettledAsync(store, "w5", TimeSpan.FromSeconds(10));
        await WaitUntilAsync(() => _fake.Accepted.Any(a => a.Method == "PUT"));

        var put = Assert.Single(_fake.Accepted, a => a.Method == "PUT");
        Assert.Equal(sent.ActivityId, JsonNode.Parse(put.Body)!["id"]!.GetValue<string>());
        Assert.Contains("Sendt inn av Kari", put.Body, StringComparison.Ordinal);
        Assert.Empty(await store.FetchDueAsync(DateTimeOffset.UtcNow.AddDays(1), 100, CancellationToken.None)); // nothing pending anywhere

        // A card whose post was given up: its update goes nowhere, and is not counted as a dead letter.
        await store.EnqueueAsync(new WaveRequest("w6", "nord", "Test", DateTimeOffset.UtcNow), [new DeliveryRequest(ChannelPost(2).Target, DeliveryOperation.NewThread, "not json")], CancellationToken.None);
        await SettledAsync(store, "w6", TimeSpan.FromSeconds(10));
        var deadBefore = await store.CountDeadLettersAsync(CancellationToken.None);
        await store.EnqueueCardUpdateAsync("nord", "w6", ChannelPost(2).Target, """{"type":"message","text":"y"}""", DateTimeOffset.UtcNow, CancellationToken.None);
        await WaitUntilAsync(async () => (await store.FetchDueAsync(DateTimeOffset.UtcNow.AddDays(1), 100, CancellationToken.None)).Count == 0);
        Assert.Equal(deadBefore, await store.CountDeadLettersAsync(CancellationToken.None));
        Assert.Single(_fake.Accepted, a => a.Method == "PUT");
    }

    /// <summary>A new reminder replaces the previous one: the previous message is deleted from its own thread, once.</summary>
    [Fact]
    public async Task CardDelete_DeletesTheSentMessageInItsThread_NothingForOneNeverSent_NoDeadLetter()
    {
        var host = Host();
        var store = Store(host);
        await store.EnqueueAsync(new WaveRequest("w7", "nord", "Test", DateTimeOffset.UtcNow), [ChannelPost(3)], CancellationToken.None);
        var sent = Assert.Single(await SettledAsync(store, "w7", TimeSpan.FromSeconds(10)));

        await store.EnqueueCardDeleteAsync("nord", "w7", ChannelPost(3).Target, DateTimeOffset.UtcNow, CancellationToken.None);
        await store.EnqueueCardDeleteAsync("nord", "no-such-wave", ChannelPost(3).Target, DateTimeOffset.UtcNow, CancellationToken.None);
        await WaitUntilAsync(() => _fake.Accepted.Any(a => a.Method == "DELETE"));
        await WaitUntilAsync(async () => (await store.FetchDueAsync(DateTimeOffset.UtcNow.AddDays(1), 100, CancellationToken.None)).Count == 0);

        var deleted = Assert.Single(_fake.Accepted, a => a.Method == "DELETE");
        Assert.Equal((sent.ActivityId, sent.ThreadId!.Split(";messageid=")[0]), (deleted.Body, deleted.Conversation)); // that message, in its thread
        Assert.Equal(DeliveryState.Sent, (await store.GetAsync("w7", ChannelPost(3).Target.Key, CancellationToken.None))!.State); // the card's own row is kept

        // A card whose post was given up: nothing to delete, and no dead letter.
        await store.EnqueueAsync(new WaveRequest("w8", "nord", "Test", DateTimeOffset.UtcNow), [new DeliveryRequest(ChannelPost(4).Target, DeliveryOperation.NewThread, "not json")], CancellationToken.None);
        await SettledAsync(store, "w8", TimeSpan.FromSeconds(10));
        var deadBefore = await store.CountDeadLettersAsync(CancellationToken.None);
        await store.EnqueueCardDeleteAsync("nord", "w8", ChannelPost(4).Target, DateTimeOffset.UtcNow, CancellationToken.None);
        await WaitUntilAsync(async () => (await store.FetchDueAsync(DateTimeOffset.UtcNow.AddDays(1), 100, CancellationToken.None)).Count == 0);
        Assert.Equal(deadBefore, await store.CountDeadLettersAsync(CancellationToken.None));
        Assert.Single(_fake.Accepted, a => a.Method == "DELETE");
    }

    [Fact]
    public async Task Restart_AfterAKillBeforeTheOutboxWrite_RecordsJournaledAnswersInsteadOfPostingAgain()
    {
        // The run that was killed: it had claimed two posts; Teams had answered the first (journaled, not yet in the
        // outbox), the second's answer was never read. Its journal ends in a line torn by the kill.
        var prefix = AzuriteFixture.UniquePrefix();
        var store = new DeliveryStore(new TableProvider(new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString),
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { TablePrefix = prefix })));
        await store.EnqueueAsync(new WaveRequest("w6", "nord", "Test", DateTimeOffset.UtcNow), [Personal(0), Personal(1), Personal(2)], CancellationToken.None);
        var queued = (await store.GetWaveAsync("nord", "w6", CancellationToken.None))!.ToDictionary(r => r.Target.Key);
        const string killed = "host-k|killedrun";
        var now = DateTimeOffset.UtcNow;
        var answered = (await store.TryClaimAsync(queued["user|0"], killed, now, now.AddMinutes(10), CancellationToken.None))!;
        Assert.NotNull(await store.TryClaimAsync(queued["user|1"], killed, now, now.AddMinutes(10), CancellationToken.None));
        using (var journal = new AnswerJournal(_journals.FullName, "host-k", "killedrun"))
        {
            journal.Append(new JournaledAnswer("w6", "user|0", killed, answered.Attempts, AttemptResult.Sent("1:journaled-activity")));
        }

        var file = Directory.GetFiles(Path.Combine(_journals.FullName, "host-k")).Single();
        await File.AppendAllTextAsync(file, """{"waveId":"w6","targetKey":"user|1","ow""");

        var host = Host("host-k", prefix);
        var rows = (await SettledAsync(Store(host), "w6", TimeSpan.FromSeconds(30))).ToDictionary(r => r.Target.Key);

        Assert.Equal(DeliveryState.Sent, rows["user|0"].State);
        Assert.Equal("1:journaled-activity", rows["user|0"].ActivityId);
        Assert.Equal(0, rows["user|0"].InDoubtResends);
        Assert.Equal(DeliveryState.Sent, rows["user|1"].State); // in doubt: posted again
        Assert.Equal(1, rows["user|1"].InDoubtResends);
        Assert.Equal(DeliveryState.Sent, rows["user|2"].State);
        Assert.Equal(["a:chat-1", "a:chat-2"], _fake.Accepted.Select(a => a.Conversation).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(file, Directory.GetFiles(Path.Combine(_journals.FullName, "host-k"))); // recorded, then forgotten
    }

    [Fact]
    public async Task TwoInstances_SameStorage_OneSendsNothingTwice()
    {
        var prefix = AzuriteFixture.UniquePrefix();
        var a = Host("host-a", prefix);
        var b = Host("host-b", prefix);
        await Store(a).EnqueueAsync(new WaveRequest("w4", "nord", "Test", DateTimeOffset.UtcNow), [.. Enumerable.Range(0, 60).Select(i => Personal(i))], CancellationToken.None);

        var rows = await SettledAsync(Store(b), "w4", TimeSpan.FromSeconds(30));

        Assert.All(rows, r => Assert.Equal(DeliveryState.Sent, r.State));
        Assert.Equal(60, _fake.Accepted.Count);
        Assert.Equal(0, _fake.Duplicates());
        var roles = new[] { a, b }.Select(h => h.Services.GetRequiredService<DeliveryStatus>().Role).OrderBy(r => r, StringComparer.Ordinal).ToList();
        Assert.Equal(["sender", "standby"], roles);
    }

    [Fact]
    public async Task Scheduler_DuePromptForLinkedTeam_PostedOnceAsNewThread_ReadinessReportsIt()
    {
        var now = new DateTimeOffset(2023, 4, 12, 9, 0, 0, TimeSpan.FromHours(2));
        var host = Host(clock: new Demo.ShiftedTimeProvider(now, TimeProvider.System));
        var networks = host.Services.GetRequiredService<INetworkRepository>();
        var plan = NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"))).Plan!;
        var team = plan.Teams[0];
        plan = plan with { Teams = [team with { Channel = new ChannelLink(Tenant, "19:team", "19:linked@thread.tacv2", _fake.ServiceUrl, now, null) }, .. plan.Teams.Skip(1)] };
        await networks.ImportAsync(plan, CancellationToken.None);
        var scheduler = host.Services.GetRequiredService<PromptScheduler>();

        await scheduler.RunOnceAsync(CancellationToken.None);
        await scheduler.RunOnceAsync(CancellationToken.None);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (_fake.Accepted.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var post = Assert.Single(_fake.Accepted);
        Assert.Equal("19:linked@thread.tacv2", post.Conversation);
        var next = Deadlines.CurrentOrNext(plan, now)!;
        Assert.Contains($"samling {next.Number}", post.Body, StringComparison.Ordinal);
        var waves = await Store(host).ListWavesAsync(plan.Network.Id, CancellationToken.None);
        var wave = Assert.Single(waves);
        Assert.Equal($"status:{plan.Network.Id}:{next.Number}:{team.Id}", wave.WaveId);
        var card = JsonNode.Parse(post.Body)!["activity"]!["attachments"]![0]!["content"]!.AsObject();
        var checkedCard = Assert.Single(await CardValidator.ValidateAsync([("prompt", card)]));
        Assert.Empty(checkedCard.Issues);

        using var client = host.CreateClient();
        var ready = JsonNode.Parse(await client.GetStringAsync(new Uri("/healthz/ready", UriKind.Relative)))!;
        Assert.Equal("sender", (string?)ready["checks"]!["delivery"]!["data"]!["role"]);
        Assert.Equal("Healthy", (string?)ready["checks"]!["storage"]!["status"]);
        Assert.True(long.Parse(ready["checks"]!["delivery"]!["data"]!["sent"]!.ToString(), CultureInfo.InvariantCulture) >= 1);
    }
}
