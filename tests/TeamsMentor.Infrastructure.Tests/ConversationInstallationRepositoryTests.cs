using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Infrastructure.Installations;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Infrastructure.Tests;

/// <summary>The installations repository against a real Azurite.</summary>
[Collection(StorageCollection.Name)]
public sealed class ConversationInstallationRepositoryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly string _prefix = AzuriteFixture.UniquePrefix();

    private ConversationInstallationRepository CreateRepository() =>
        new(new TableProvider(new TableServiceClient(azurite.ConnectionString), Options.Create(new StorageOptions { TablePrefix = _prefix })), TimeProvider.System);

    private static ConversationInstallation Install(string conversationId, DateTimeOffset at, string? teamId = null, string tenant = "tenant-1") => new()
    {
        TenantId = tenant,
        ConversationId = conversationId,
        Kind = teamId is null ? ConversationKind.Personal : ConversationKind.Channel,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        BotId = "28:bot",
        TeamId = teamId,
        UserId = teamId is null ? "29:user" : null,
        InstalledAt = at,
        ServiceUrlVerified = true,
    };

    [Fact]
    public async Task SaveInstalled_ThenFind_RoundTripsEveryField()
    {
        var repository = CreateRepository();
        var installation = Install("a:1xyz/with#odd?chars%", T0) with { UserAadObjectId = "aad-1", TeamName = "x" };

        await repository.SaveInstalledAsync(installation, CancellationToken.None);
        var found = await repository.FindAsync("tenant-1", "a:1xyz/with#odd?chars%", CancellationToken.None);

        Assert.Equal(installation, found);
    }

    [Fact]
    public async Task SaveInstalled_Twice_OneRowFirstInstallTimeKept()
    {
        var repository = CreateRepository();
        await repository.SaveInstalledAsync(Install("a:1", T0), CancellationToken.None);
        await repository.SaveInstalledAsync(Install("a:1", T0.AddHours(5)), CancellationToken.None);

        var all = await repository.ListAsync("tenant-1", CancellationToken.None);

        var only = Assert.Single(all);
        Assert.Equal(T0, only.InstalledAt);
    }

    [Fact]
    public async Task MarkRemoved_Stored_InactiveAndKept()
    {
        var repository = CreateRepository();
        await repository.SaveInstalledAsync(Install("a:1", T0), CancellationToken.None);

        Assert.True(await repository.MarkRemovedAsync("tenant-1", "a:1", T0.AddDays(1), CancellationToken.None));
        var found = await repository.FindAsync("tenant-1", "a:1", CancellationToken.None);

        Assert.NotNull(found);
        Assert.False(found.IsActive);
        Assert.Equal(T0.AddDays(1), found.RemovedAt);
    }

    [Fact]
    public async Task MarkRemoved_NeverStored_False()
    {
        Assert.False(await CreateRepository().MarkRemovedAsync("tenant-1", "a:none", T0, CancellationToken.None));
    }

    [Fact]
    public async Task SaveInstalled_AfterRemoval_ActiveAgainWithNewInstallTime()
    {
        var repository = CreateRepository();
        await repository.SaveInstalledAsync(Install("a:1", T0), CancellationToken.None);
        await repository.MarkRemovedAsync("tenant-1", "a:1", T0.AddDays(1), CancellationToken.None);
        await repository.SaveInstalledAsync(Install("a:1", T0.AddDays(2)), CancellationToken.None);

        var found = await repository.FindAsync("tenant-1", "a:1", CancellationToken.None);

        Assert.True(found!.IsActive);
        Assert.Equal(T0.AddDays(2), found.InstalledAt);
    }

    [Fact]
    public async Task MarkTeamRemoved_OnlyThatTeamsConversations()
    {
        var repository = CreateRepository();
        await repository.SaveInstalledAsync(Install("19:general@thread.tacv2", T0, teamId: "19:team-a"), CancellationToken.None);
        await repository.SaveInstalledAsync(Install("19:tromso@thread.tacv2", T0, teamId: "19:team-a"), CancellationToken.None);
        await repository.SaveInstalledAsync(Install("19:other@thread.tacv2", T0, teamId: "19:team-b"), CancellationToken.None);

        var count = await repository.MarkTeamRemovedAsync("tenant-1", "19:team-a", T0.AddDays(1), CancellationToken.None);

        Assert.Equal(2, count);
        var all = await repository.ListAsync("tenant-1", CancellationToken.None);
        Assert.Equal(["19:other@thread.tacv2"], all.Where(i => i.IsActive).Select(i => i.ConversationId));
    }

    [Fact]
    public async Task List_OtherTenant_NotIncluded()
    {
        var repository = CreateRepository();
        await repository.SaveInstalledAsync(Install("a:1", T0, tenant: "tenant-1"), CancellationToken.None);
        await repository.SaveInstalledAsync(Install("a:2", T0, tenant: "tenant-2"), CancellationToken.None);

        var list = await repository.ListAsync("tenant-2", CancellationToken.None);

        Assert.Equal(["a:2"], list.Select(i => i.ConversationId));
    }

    [Fact]
    public async Task SaveInstalled_ConcurrentWriters_OneRowNoError()
    {
        var repository = CreateRepository();
        var writes = Enumerable.Range(0, 8).Select(i => repository.SaveInstalledAsync(Install("a:race", T0.AddMinutes(i)), CancellationToken.None));

        await Task.WhenAll(writes);

        var only = Assert.Single(await repository.ListAsync("tenant-1", CancellationToken.None));
        Assert.True(only.IsActive);
    }

    [Fact]
    public async Task Entity_CarriesSchemaVersion()
    {
        var repository = CreateRepository();
        await repository.SaveInstalledAsync(Install("a:1", T0), CancellationToken.None);
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient(_prefix + ConversationInstallationRepository.TableName);

        var entity = await table.GetEntityAsync<TableEntity>("tenant-1", "a:1");

        Assert.Equal(ConversationInstallationEntity.CurrentSchemaVersion, entity.Value.GetInt32("SchemaVersion"));
    }
}
