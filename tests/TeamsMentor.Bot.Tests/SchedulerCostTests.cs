using System.Net;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Infrastructure.OpenScreen;
using TeamsMentor.Infrastructure.Scheduling;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// What the scheduler reads, counted on the wire to Azurite: a pass with nothing new reads the schedule stamps and
/// nothing else, a change made through another instance is seen on the next pass, and a write that did not touch the
/// stamp (an instance of an older version) is found by the refresh. The clock stands an hour after gathering 3 (its
/// evaluation open), with Tromsø sone 1's channel linked.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SchedulerCostTests : EvaluationTestBase
{
    private readonly TableRequestCounter _counter;
    private readonly AzuriteFixture _azurite;

    public SchedulerCostTests(AzuriteFixture azurite)
        : this(azurite, new TableRequestCounter(""))
    {
    }

    private SchedulerCostTests(AzuriteFixture azurite, TableRequestCounter counter)
        : base(azurite, services => services.AddSingleton(Counted(azurite, counter)))
    {
        _counter = counter;
        _azurite = azurite;
    }

    private PromptScheduler Scheduler => Factory.Services.GetRequiredService<PromptScheduler>();

    private IDeliveryStore Store => Factory.Services.GetRequiredService<IDeliveryStore>();

    [Fact]
    public async Task APassWithNothingNew_ReadsTheStampsOnly_AlsoAsTimePasses()
    {
        await LinkAsync("tromso-sone-1", TeamsPayloads.ChannelId);
        Assert.True(await Scheduler.RunOnceAsync(CancellationToken.None) > 0); // the evaluation, to the linked channel
        _counter.Reset();

        Assert.Equal(0, await Scheduler.RunOnceAsync(CancellationToken.None));
        TestClock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await Scheduler.RunOnceAsync(CancellationToken.None));

        Assert.Equal(2, _counter.Total);
        Assert.Equal([$"GET query {Factory.TablePrefix}{ScheduleStampStore.TableName}"], _counter.ByOperation.Keys);
    }

    [Fact]
    public async Task ASessionSavedByAnotherInstance_IsInvitedOnTheNextPass()
    {
        await LinkAsync("tromso-sone-1", TeamsPayloads.ChannelId);
        await Scheduler.RunOnceAsync(CancellationToken.None);
        var other = OtherInstance();
        var session = Session();

        await new OpenScreenRepository(other, new ScheduleStampStore(other)).SaveSessionAsync(Network, session, null, CancellationToken.None);

        Assert.Equal(1, await Scheduler.RunOnceAsync(CancellationToken.None));
        Assert.Contains(await Store.ListWavesAsync(Network, CancellationToken.None), w => w.WaveId == DeliveryKeys.OpenScreenInvite(Network, session.Id));
    }

    [Fact]
    public async Task AWriteThatDidNotTouchTheStamp_IsFoundByTheRefresh()
    {
        await LinkAsync("tromso-sone-1", TeamsPayloads.ChannelId);
        await Scheduler.RunOnceAsync(CancellationToken.None);
        var session = Session();

        await new OpenScreenRepository(OtherInstance()).SaveSessionAsync(Network, session, null, CancellationToken.None); // no stamps: an older version

        Assert.Equal(0, await Scheduler.RunOnceAsync(CancellationToken.None)); // the view is kept while the stamp stands
        TestClock.Advance(Factory.Services.GetRequiredService<IOptions<DeliveryOptions>>().Value.SchedulerRefreshInterval);
        Assert.Equal(1, await Scheduler.RunOnceAsync(CancellationToken.None));
        Assert.Contains(await Store.ListWavesAsync(Network, CancellationToken.None), w => w.WaveId == DeliveryKeys.OpenScreenInvite(Network, session.Id));
    }

    [Fact]
    public async Task APromptWithNoWayToTheTeam_IsNotReadAgainUntilThereIsOne()
    {
        Assert.Equal(0, await Scheduler.RunOnceAsync(CancellationToken.None)); // no channel, no personal chat: nothing can go
        _counter.Reset();
        Assert.Equal(0, await Scheduler.RunOnceAsync(CancellationToken.None));
        Assert.Equal(1, _counter.Total);

        await LinkAsync("tromso-sone-1", TeamsPayloads.ChannelId);

        Assert.True(await Scheduler.RunOnceAsync(CancellationToken.None) > 0);
        Assert.Contains(await Store.ListWavesAsync(Network, CancellationToken.None), w => w.WaveId == DeliveryKeys.Evaluation(Network, 3));
    }

    [Fact]
    public async Task APersonalChatInstalled_TouchesTheNetworksOfThePerson()
    {
        var stamps = Factory.Services.GetRequiredService<IScheduleStamps>();
        var before = (await stamps.ReadAllAsync(CancellationToken.None)).GetValueOrDefault(Network);

        using var response = await PostAsync(TeamsPayloads.PersonalInstallation("add").Replace("6f0d2c1e-0000-4000-8000-000000000001", Hanne, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(before, (await stamps.ReadAllAsync(CancellationToken.None)).GetValueOrDefault(Network));
    }

    private static TableServiceClient Counted(AzuriteFixture azurite, TableRequestCounter counter)
    {
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        return new TableServiceClient(azurite.ConnectionString, options);
    }

    /// <summary>Storage as another instance of the app sees it: its own client and table cache, the same tables.</summary>
    private TableProvider OtherInstance() =>
        new(new TableServiceClient(_azurite.ConnectionString), Options.Create(new StorageOptions { TablePrefix = Factory.TablePrefix }));

    private OpenScreenSession Session() => new()
    {
        Id = TeamsMentor.Bot.OpenScreen.OpenScreenService.NewSessionId(), Start = TestClock.GetUtcNow().AddDays(10), DurationMinutes = 45, Topic = "Veiledning i praksis",
        JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0", ScheduledBy = Organizer, ChangedAt = TestClock.GetUtcNow(),
    };
}
