using System.Net;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>Activities from tenants outside Bot:AllowedTenants get nothing stored and nothing processed.</summary>
[Collection(HostCollection.Name)]
public sealed class AllowedTenantsTests(AzuriteFixture azurite)
    : HostTestBase(azurite, settings: new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = TeamsPayloads.Tenant })
{
    private const string Foreign = "99999999-0000-4000-8000-00000000beef";

    [Fact]
    public async Task ForeignTenantInstall_NothingStoredNothingSent()
    {
        var response = await PostAsync(TeamsPayloads.BotAddedToTeam(tenant: Foreign));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await Installations.ListAsync(Foreign, CancellationToken.None));
        Assert.Empty(Factory.Connector.Requests);
    }

    [Fact]
    public async Task ForeignTenantMessage_NoReply()
    {
        await PostAsync(TeamsPayloads.PersonalMessage("hjelp", tenant: Foreign));
        Assert.Empty(Factory.Connector.Requests);
    }

    [Fact]
    public async Task AllowedTenantInstall_Stored()
    {
        await PostAsync(TeamsPayloads.BotAddedToTeam());
        Assert.Single(await Installations.ListAsync(TeamsPayloads.Tenant, CancellationToken.None));
    }
}
