using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TeamsMentor.Protocol.Connector;

namespace TeamsMentor.Protocol.Tests;

/// <summary>bot-protocol.md §8 item 11: client-credentials token for the Bot Connector scope, cached and renewed early.</summary>
public sealed class BotTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetToken_AsksForBotConnectorScope()
    {
        var credential = new TestTokenCredential(_time);
        using var provider = new BotTokenProvider(credential, Options.Create(new BotOptions { AppId = "a" }), _time);

        await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(["https://api.botframework.com/.default"], credential.Scopes);
    }

    [Fact]
    public async Task GetToken_Twice_CachedOnce()
    {
        var credential = new TestTokenCredential(_time);
        using var provider = new BotTokenProvider(credential, Options.Create(new BotOptions { AppId = "a" }), _time);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(50));
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task GetToken_WithinFiveMinutesOfExpiry_Renewed()
    {
        var credential = new TestTokenCredential(_time);
        using var provider = new BotTokenProvider(credential, Options.Create(new BotOptions { AppId = "a" }), _time);

        await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(56));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-2", renewed);
    }

    [Fact]
    public async Task GetToken_NoCredential_Null()
    {
        using var provider = new BotTokenProvider(null, Options.Create(new BotOptions()), _time);
        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public void CredentialFactory_NoAppId_NoCredential()
    {
        Assert.Null(BotCredentialFactory.Create(new BotOptions()));
    }

    [Fact]
    public void CredentialFactory_ManagedIdentity_ManagedIdentityCredential()
    {
        var credential = BotCredentialFactory.Create(new BotOptions { AppId = "abc", UseManagedIdentity = true });
        Assert.IsType<Azure.Identity.ManagedIdentityCredential>(credential);
    }

    [Fact]
    public void CredentialFactory_Secret_ClientSecretCredential()
    {
        var credential = BotCredentialFactory.Create(new BotOptions { AppId = "abc", ClientSecret = "s", TenantId = "t" });
        Assert.IsType<Azure.Identity.ClientSecretCredential>(credential);
    }
}
