using System.Net;
using System.Text.Json.Nodes;
using TeamsMentor.Protocol.Connector;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Protocol.Tests;

/// <summary>bot-protocol.md §8 items 11-17, 22, 24, 25 against a recording fake connector.</summary>
public sealed class ConnectorClientTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/teams/";
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=1700000000000";

    private static Activity Message(string text = "Hei") => new()
    {
        Type = ActivityTypes.Message,
        From = new ChannelAccount { Id = "28:bot", Name = "TeamsMentor" },
        Conversation = new ConversationAccount { Id = ChannelThread },
        Text = text,
    };

    [Fact]
    public async Task Reply_PostsToEscapedActivityPathWithBearerToken()
    {
        var h = new ConnectorHarness();
        var reply = Message();
        reply.ReplyToId = "1700000000000";

        var result = await h.Client.ReplyToActivityAsync(ServiceUrl, ChannelThread, "1700000000000", reply, CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal("activity-1", result.Value?.Id);
        var request = Assert.Single(h.Peer.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/teams/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities/1700000000000", request.RawPath);
        Assert.DoesNotContain("//v3", request.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("Bearer token-1", request.Authorization);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("28:bot", (string?)body["from"]?["id"]);
        Assert.Equal(ChannelThread, (string?)body["conversation"]?["id"]);
        Assert.Equal("1700000000000", (string?)body["replyToId"]);
        Assert.Null(body["attachments"]);
    }

    [Fact]
    public async Task Send_ServiceUrlWithoutTrailingSlash_SamePath()
    {
        var h = new ConnectorHarness();
        await h.Client.SendToConversationAsync("https://smba.trafficmanager.net/teams", "a:1", Message(), CancellationToken.None);
        Assert.Equal("/teams/v3/conversations/a%3A1/activities", Assert.Single(h.Peer.Requests).RawPath);
    }

    [Fact]
    public async Task Update_UsesPutOnActivity()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.OK, """{"id":"42"}""");
        var result = await h.Client.UpdateActivityAsync(ServiceUrl, "a:1", "42", Message(), CancellationToken.None);
        var request = Assert.Single(h.Peer.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.EndsWith("/v3/conversations/a%3A1/activities/42", request.RawPath, StringComparison.Ordinal);
        Assert.Equal("42", result.Value?.Id);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.Accepted)]
    public async Task Delete_SuccessWithoutBody_Sent(HttpStatusCode status)
    {
        var h = new ConnectorHarness();
        h.Peer.Then(status);
        var result = await h.Client.DeleteActivityAsync(ServiceUrl, "a:1", "42", CancellationToken.None);
        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal(HttpMethod.Delete, Assert.Single(h.Peer.Requests).Method);
    }

    [Fact]
    public async Task CreateConversation_Personal_PostsMembersAndTenant()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.Created, """{"id":"a:1new"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = "tenant-1" } },
        };

        var result = await h.Client.CreateConversationAsync(ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal("a:1new", result.Value?.Id);
        var request = Assert.Single(h.Peer.Requests);
        Assert.Equal("/teams/v3/conversations", request.RawPath);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal("29:user", (string?)body["members"]?[0]?["id"]);
        Assert.Equal("tenant-1", (string?)body["channelData"]?["tenant"]?["id"]);
        Assert.Equal("tenant-1", (string?)body["tenantId"]);
        Assert.False((bool?)body["isGroup"]);
    }

    [Fact]
    public async Task CreateConversation_ChannelThread_ReturnsThreadAndRootActivity()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.Created, """{"id":"19:abc@thread.tacv2;messageid=99","activityId":"99"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = "19:abc@thread.tacv2" } },
            Activity = Message("Statusrapport"),
        };

        var result = await h.Client.CreateConversationAsync(ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal("19:abc@thread.tacv2;messageid=99", result.Value?.Id);
        Assert.Equal("99", result.Value?.ActivityId);
        var body = JsonNode.Parse(Assert.Single(h.Peer.Requests).Body!)!;
        Assert.True((bool?)body["isGroup"]);
        Assert.Equal("19:abc@thread.tacv2", (string?)body["channelData"]?["channel"]?["id"]);
        Assert.Equal("Statusrapport", (string?)body["activity"]?["text"]);
    }

    [Fact]
    public async Task GetAllMembers_FollowsContinuationTokenToTheEnd()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.OK, """{"continuationToken":"page 2/x","members":[{"id":"29:a"},{"id":"29:b"}]}""")
              .Then(HttpStatusCode.OK, """{"continuationToken":"p3","members":[{"id":"29:c"}]}""")
              .Then(HttpStatusCode.OK, """{"members":[{"id":"29:d","name":"Dina","aadObjectId":"o-d"}]}""");

        var result = await h.Client.GetAllMembersAsync(ServiceUrl, "19:abc@thread.tacv2", CancellationToken.None);

        Assert.Equal(["29:a", "29:b", "29:c", "29:d"], result.Value!.Select(m => m.Id));
        var requests = h.Peer.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.All(requests, r => Assert.Contains("/pagedmembers", r.RawPath, StringComparison.Ordinal));
        Assert.DoesNotContain("continuationToken", requests[0].Uri.Query, StringComparison.Ordinal);
        Assert.Contains("continuationToken=page%202%2Fx", requests[1].Uri.Query, StringComparison.Ordinal);
        Assert.Contains("continuationToken=p3", requests[2].Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThatLongThenSent()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(2));

        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal(2, result.Attempts);
        Assert.Equal([TimeSpan.FromSeconds(2)], h.Time.Delays);
    }

    [Fact]
    public async Task Send_429WithoutRetryAfter_ExponentialBackoffWithJitter()
    {
        var h = new ConnectorHarness(o => o.Connector.MaxAttempts = 3);
        h.Peer.Then(HttpStatusCode.TooManyRequests).Then(HttpStatusCode.TooManyRequests);

        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        var delays = h.Time.Delays.ToArray();
        Assert.Equal(2, delays.Length);
        Assert.InRange(delays[0].TotalMilliseconds, 800, 1200);
        Assert.InRange(delays[1].TotalMilliseconds, 1600, 2400);
    }

    [Fact]
    public async Task Send_429Throughout_ThrottledAfterBoundedAttempts()
    {
        var h = new ConnectorHarness(o => o.Connector.MaxAttempts = 3);
        h.Peer.Fallback = _ => new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Headers = { RetryAfter = new(TimeSpan.FromSeconds(3)) } };

        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(3), result.RetryAfter);
        Assert.Equal(3, h.Peer.Requests.Count);
    }

    [Fact]
    public async Task Send_RetryAfterLongerThanInlineLimit_ThrottledWithoutWaiting()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromMinutes(2));

        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(2), result.RetryAfter);
        Assert.Single(h.Peer.Requests);
        Assert.Empty(h.Time.Delays);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_TransientStatus_Retried(HttpStatusCode status)
    {
        var h = new ConnectorHarness();
        h.Peer.Then(status);
        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);
        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Equal(2, h.Peer.Requests.Count);
    }

    [Fact]
    public async Task Send_ServerErrorThroughout_FailedAfterMaxAttempts()
    {
        var h = new ConnectorHarness(o => o.Connector.MaxAttempts = 4);
        h.Peer.Fallback = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);
        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal(503, result.StatusCode);
        Assert.Equal(4, h.Peer.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Send_OtherErrors_NotRetried(HttpStatusCode status)
    {
        var h = new ConnectorHarness();
        h.Peer.Then(status, """{"error":{"code":"BadArgument","message":"nope"}}""");
        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);
        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal("BadArgument", result.ErrorCode);
        Assert.Single(h.Peer.Requests);
    }

    [Fact]
    public async Task Send_403MessageWritesBlocked_RecipientGoneWithoutRetry()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.Forbidden, """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot.","subCode":"MessageWritesBlocked"}}""");
        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);
        Assert.Equal(ConnectorOutcome.RecipientGone, result.Outcome);
        Assert.Equal("MessageWritesBlocked", result.ErrorCode);
        Assert.Single(h.Peer.Requests);
    }

    [Fact]
    public async Task Send_403Other_Failed()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"x"}}""");
        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);
        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
    }

    [Fact]
    public async Task Send_404_RecipientGone()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.NotFound, """{"error":{"code":"ConversationNotFound","message":"x"}}""");
        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);
        Assert.Equal(ConnectorOutcome.RecipientGone, result.Outcome);
    }

    [Fact]
    public async Task Send_ActivityOverSizeLimit_FailedWithoutCalling()
    {
        var h = new ConnectorHarness();
        var big = Message(new string('x', 81 * 1024));
        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", big, CancellationToken.None);
        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal("MessageTooLarge", result.ErrorCode);
        Assert.Empty(h.Peer.Requests);
    }

    [Fact]
    public async Task Send_413FromConnector_FailedMessageSizeTooBig()
    {
        var h = new ConnectorHarness();
        h.Peer.Then(HttpStatusCode.RequestEntityTooLarge, """{"error":{"code":"MessageSizeTooBig","message":"Message size too large"}}""");
        var result = await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);
        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal("MessageSizeTooBig", result.ErrorCode);
        Assert.Equal(413, result.StatusCode);
        Assert.Single(h.Peer.Requests);
    }

    [Theory]
    [InlineData("https://evil.example.com/teams/")]
    [InlineData("http://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net.evil.com/teams/")]
    [InlineData("https://evil.trafficmanager.net/teams/")]
    [InlineData("https://user:pw@smba.trafficmanager.net/teams/")]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://127.0.0.1:56150/_connector")]
    public async Task Send_UntrustedServiceUrl_NeverCalledNoToken(string serviceUrl)
    {
        var h = new ConnectorHarness();
        var result = await h.Client.SendToConversationAsync(serviceUrl, "a:1", Message(), CancellationToken.None);
        Assert.Equal(ConnectorOutcome.Failed, result.Outcome);
        Assert.Equal("UntrustedServiceUrl", result.ErrorCode);
        Assert.Empty(h.Peer.Requests);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://canary.botapi.skype.com/amer/")]
    public async Task Send_TrustedServiceUrl_CarriesToken(string serviceUrl)
    {
        var h = new ConnectorHarness();
        await h.Client.SendToConversationAsync(serviceUrl, "a:1", Message(), CancellationToken.None);
        Assert.Equal("Bearer token-1", Assert.Single(h.Peer.Requests).Authorization);
    }

    [Fact]
    public async Task Send_LocalhostInDevelopmentMode_CalledWithoutToken()
    {
        var h = new ConnectorHarness(o => o.DangerouslyAllowUnauthenticatedRequests = true);
        var result = await h.Client.SendToConversationAsync("http://localhost:56150/_connector", "personal-chat-id", Message(), CancellationToken.None);
        Assert.Equal(ConnectorOutcome.Sent, result.Outcome);
        Assert.Null(Assert.Single(h.Peer.Requests).Authorization);
    }

    [Fact]
    public async Task Send_ManyCalls_OneTokenRequest()
    {
        var h = new ConnectorHarness();
        for (var i = 0; i < 5; i++)
        {
            await h.Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);
        }

        Assert.All(h.Peer.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
    }
}
