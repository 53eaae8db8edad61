using System.Net;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsMentor.Protocol.Connector;
using TeamsMentor.Protocol.Schema;
using TeamsMentor.Testing;

namespace TeamsMentor.Protocol.Tests;

/// <summary>Retry budgets, Retry-After forms, transport errors, token failures, and the token handler on its own.</summary>
public sealed class ConnectorResilienceTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "Hei" };

    [Fact]
    public async Task Send_503WithLongRetryAfter_FailedWithoutWaiting()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.ServiceUnavailable, retryAfter: TimeSpan.FromHours(6));

        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(TimeSpan.FromHours(6), result.RetryAfter);
        Assert.Empty(h.Time.Delays);
    }

    [Fact]
    public async Task Send_AbsurdRetryAfter_ClampedNotThrown()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromDays(60));
        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);
        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromDays(1), result.RetryAfter);
    }

    [Fact]
    public async Task Send_RetryAfterAsHttpDate_Honoured()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(_ => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new(h.Time.GetUtcNow().AddSeconds(3)) } });

        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal([TimeSpan.FromSeconds(3)], h.Time.Delays);
    }

    [Fact]
    public async Task Send_RepeatedWaits_StopAtTheInlineBudget()
    {
        var h = new ConnectorHarness(o => o.Connector.MaxAttempts = 10);
        h.Peer.Fallback = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { RetryAfter = new(TimeSpan.FromSeconds(4)) } };

        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(3, h.Peer.Requests.Count); // waits 4 s + 4 s; a third wait would pass the 10 s budget
        Assert.Equal(TimeSpan.FromSeconds(8), h.Time.Delays.Aggregate(TimeSpan.Zero, (a, b) => a + b));
    }

    [Fact]
    public async Task Send_TransportErrorOnPost_NotResent()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(_ => throw new HttpRequestException("connection reset"));

        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal("TransportError", result.ErrorCode);
        Assert.Single(h.Peer.Requests);
    }

    [Fact]
    public async Task GetMembers_TransportError_RetriedBecauseReadsAreSafe()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(_ => throw new HttpRequestException("connection reset")).Then(HttpStatusCode.OK, """{"members":[{"id":"29:a"}]}""");

        var result = await h.Client.GetAllMembersAsync(ServiceUrl, "19:c@thread.tacv2", CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal(2, h.Peer.Requests.Count);
    }

    [Fact]
    public async Task Send_CredentialFails_TokenUnavailableNotThrown()
    {
        var options = Options.Create(new BotOptions { AppId = "a", ClientSecret = "s" });
        var policy = new ServiceUrlPolicy(options);
        using var tokens = new BotTokenProvider(new FailingCredential(), options, TimeProvider.System);
        var peer = new RecordingHandler();
        var client = new ConnectorClient(new HttpClient(new BotTokenHandler(tokens, policy) { InnerHandler = peer }), policy, options, TimeProvider.System, NullLogger<ConnectorClient>.Instance);

        var result = await client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal("TokenUnavailable", result.ErrorCode);
        Assert.Empty(peer.Requests);
    }

    [Theory]
    [InlineData("https://evil.example.com/x", false)]
    [InlineData("http://smba.trafficmanager.net/teams/", false)]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    public async Task TokenHandler_OnItsOwn_TokenOnlyToTrustedHosts(string url, bool trusted)
    {
        var options = Options.Create(new BotOptions { AppId = "a", ClientSecret = "s" });
        using var tokens = new BotTokenProvider(new TestTokenCredential(TimeProvider.System), options, TimeProvider.System);
        var peer = new RecordingHandler();
        using var http = new HttpClient(new BotTokenHandler(tokens, new ServiceUrlPolicy(options)) { InnerHandler = peer });

        if (trusted)
        {
            await http.GetAsync(new Uri(url));
            Assert.Equal("Bearer token-1", Assert.Single(peer.Requests).Authorization);
        }
        else
        {
            await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => http.GetAsync(new Uri(url)));
            Assert.Empty(peer.Requests);
        }
    }

    [Fact]
    public async Task TrustedHosts_Configured_ReplacesTheDefaults()
    {
        var h = new ConnectorHarness(o => o.Connector.TrustedHosts.Add("smba.infra.gcc.teams.microsoft.com"));

        var gcc = await h.Client.SendToConversationAsync("https://smba.infra.gcc.teams.microsoft.com/teams", "a:1", Message(), CancellationToken.None);
        var publicCloud = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Sent, gcc.Outcome);
        Assert.Equal("UntrustedServiceUrl", publicCloud.ErrorCode);
    }

    private sealed class FailingCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("AADSTS7000215: invalid client secret");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new AuthenticationFailedException("AADSTS7000215: invalid client secret");
    }
}
