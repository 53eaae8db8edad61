using System.Net;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>bot-protocol.md §8 item 18: installs store a conversation reference in Table Storage; removal marks it inactive.</summary>
[Collection(HostCollection.Name)]
public sealed class InstallationTests(AzuriteFixture azurite) : HostTestBase(azurite)
{
    [Fact]
    public async Task BotAddedToTeam_StoresChannelReferenceAndWelcomes()
    {
        var response = await PostAsync(TeamsPayloads.BotAddedToTeam());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await Installations.FindAsync(TeamsPayloads.Tenant, TeamsPayloads.TeamId, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(ConversationKind.Channel, stored.Kind);
        Assert.Equal(TeamsPayloads.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(TeamsPayloads.TeamId, stored.TeamId);
        Assert.Equal("Mentorprogram Nord", stored.TeamName);
        Assert.Equal(TeamsPayloads.TeamId, stored.ChannelId);
        Assert.Equal(TeamsPayloads.BotId, stored.BotId);
        Assert.True(stored.ServiceUrlVerified);
        Assert.True(stored.IsActive);

        var sent = Factory.Connector.Requests.ToArray();
        Assert.Equal(2, sent.Length);
        Assert.All(sent, r => Assert.Equal("/emea/v3/conversations/19%3Ateam-nord%40thread.tacv2/activities", r.RawPath));
        Assert.Contains("Takk for at dere la meg til", AllText(CardOf(System.Text.Json.Nodes.JsonNode.Parse(sent[0].Body!)!)), StringComparison.Ordinal);
        // then the link card; with no network imported yet it says so
        Assert.Contains("ingen læringsnettverk", AllText(CardOf(System.Text.Json.Nodes.JsonNode.Parse(sent[1].Body!)!)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotRemovedFromTeam_MarkedInactive()
    {
        await PostAsync(TeamsPayloads.BotAddedToTeam());
        var response = await PostAsync(TeamsPayloads.BotRemovedFromTeam());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await Installations.FindAsync(TeamsPayloads.Tenant, TeamsPayloads.TeamId, CancellationToken.None);
        Assert.False(stored!.IsActive);
    }

    [Fact]
    public async Task UserAddedToTeam_NothingStored()
    {
        await PostAsync(TeamsPayloads.UserAddedToTeam());
        Assert.Empty(await Installations.ListAsync(TeamsPayloads.Tenant, CancellationToken.None));
        Assert.Empty(Factory.Connector.Requests);
    }

    [Fact]
    public async Task PersonalInstallationAddThenRemove_StoredWithUserThenInactive()
    {
        await PostAsync(TeamsPayloads.PersonalInstallation("add"));
        var stored = await Installations.FindAsync(TeamsPayloads.Tenant, TeamsPayloads.PersonalConversation, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(ConversationKind.Personal, stored.Kind);
        Assert.Equal("29:1kari", stored.UserId);
        Assert.Equal("6f0d2c1e-0000-4000-8000-000000000001", stored.UserAadObjectId);
        Assert.True(stored.IsActive);

        await PostAsync(TeamsPayloads.PersonalInstallation("remove"));
        stored = await Installations.FindAsync(TeamsPayloads.Tenant, TeamsPayloads.PersonalConversation, CancellationToken.None);
        Assert.False(stored!.IsActive);
    }

    [Fact]
    public async Task InstallUnauthenticated_401AndNothingStored()
    {
        var response = await PostAsync(TeamsPayloads.BotAddedToTeam(), token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await Installations.ListAsync(TeamsPayloads.Tenant, CancellationToken.None));
    }

    [Fact]
    public async Task TeamDeleted_AllTeamConversationsInactive()
    {
        await PostAsync(TeamsPayloads.BotAddedToTeam());
        var deleted = TeamsPayloads.BotRemovedFromTeam().Replace("\"membersRemoved\": [ { \"id\": \"" + TeamsPayloads.BotId + "\" } ],", "", StringComparison.Ordinal)
            .Replace("teamMemberRemoved", "teamDeleted", StringComparison.Ordinal);

        await PostAsync(deleted);

        Assert.False((await Installations.FindAsync(TeamsPayloads.Tenant, TeamsPayloads.TeamId, CancellationToken.None))!.IsActive);
    }

    [Fact]
    public async Task TeamArchived_StaysActive()
    {
        await PostAsync(TeamsPayloads.BotAddedToTeam());
        var archived = TeamsPayloads.BotRemovedFromTeam().Replace("\"membersRemoved\": [ { \"id\": \"" + TeamsPayloads.BotId + "\" } ],", "", StringComparison.Ordinal)
            .Replace("teamMemberRemoved", "teamArchived", StringComparison.Ordinal);

        await PostAsync(archived);

        Assert.True((await Installations.FindAsync(TeamsPayloads.Tenant, TeamsPayloads.TeamId, CancellationToken.None))!.IsActive);
    }

    [Fact]
    public async Task ChannelDeleted_ThatChannelInactive()
    {
        await PostAsync(TeamsPayloads.BotAddedToTeam());
        var json = TeamsPayloads.BotRemovedFromTeam().Replace("\"membersRemoved\": [ { \"id\": \"" + TeamsPayloads.BotId + "\" } ],", "", StringComparison.Ordinal)
            .Replace("\"eventType\": \"teamMemberRemoved\"", "\"eventType\": \"channelDeleted\", \"channel\": { \"id\": \"" + TeamsPayloads.TeamId + "\" }", StringComparison.Ordinal);

        await PostAsync(json);

        Assert.False((await Installations.FindAsync(TeamsPayloads.Tenant, TeamsPayloads.TeamId, CancellationToken.None))!.IsActive);
    }
}
