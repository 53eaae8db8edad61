using System.Net;
using System.Text;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>bot-protocol.md §8 items 1-3, 8, 10 through the real host.</summary>
[Collection(HostCollection.Name)]
public sealed class MessagesEndpointTests(AzuriteFixture azurite) : HostTestBase(azurite)


{
    [Fact]
    public async Task Post_ValidTokenMessage_200EmptyBodyAndReplySent()
    {
        var response = await PostAsync(TeamsPayloads.PersonalMessage("hjelp"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var (request, activity) = SingleSent();
        Assert.Equal("Bearer connector-token", request.Authorization);
        Assert.Equal("/emea/v3/conversations/a%3A1Xn3QJjzVqY7d0hbN8sM/activities/1700000000001", request.RawPath);
        Assert.Equal("message", (string?)activity["type"]);
        Assert.Equal(TeamsPayloads.BotId, (string?)activity["from"]?["id"]);
        Assert.Equal("1700000000001", (string?)activity["replyToId"]);
    }

    [Fact]
    public async Task Post_NoAuthorization_401AndNothingSent()
    {
        var response = await PostAsync(TeamsPayloads.PersonalMessage("hjelp"), token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Factory.Connector.Requests);
    }

    [Fact]
    public async Task Post_TokenForOtherServiceUrl_401()
    {
        var response = await PostAsync(TeamsPayloads.PersonalMessage("hjelp"), token: Factory.Issuer.CreateToken("https://smba.trafficmanager.net/amer/"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(Factory.Connector.Requests);
    }

    [Fact]
    public async Task Post_ExpiredToken_401()
    {
        var token = Factory.Issuer.CreateToken(TeamsPayloads.ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(TeamsPayloads.PersonalMessage("hjelp"), token)).StatusCode);
    }

    [Fact]
    public async Task Post_KeyNotEndorsingMsTeams_403()
    {
        Factory.Issuer.AddKey("webchat-only", "webchat");
        var token = Factory.Issuer.CreateToken(TeamsPayloads.ServiceUrl, kid: "webchat-only");

        var response = await PostAsync(TeamsPayloads.PersonalMessage("hjelp"), token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(Factory.Connector.Requests);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherVerbs_405(string method)
    {
        var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":42}")]
    [InlineData("")]
    public async Task Post_NotAnActivity_400(string body)
    {
        var response = await PostAsync(body, token: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverLimit_413()
    {
        var big = TeamsPayloads.PersonalMessage(new string('x', 300 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(big)).StatusCode);
    }

    [Fact]
    public async Task Post_ChunkedBodyOverLimit_413()
    {
        var bytes = Encoding.UTF8.GetBytes(TeamsPayloads.PersonalMessage(new string('x', 300 * 1024)));
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Post_UnknownActivityType_200AndIgnored()
    {
        var json = TeamsPayloads.PersonalMessage("x").Replace("\"type\": \"message\"", "\"type\": \"somethingNew\"", StringComparison.Ordinal);
        var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Factory.Connector.Requests);
    }

    [Fact]
    public async Task Post_Typing_200AndIgnored()
    {
        var json = TeamsPayloads.PersonalMessage("x").Replace("\"type\": \"message\"", "\"type\": \"typing\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(json)).StatusCode);
        Assert.Empty(Factory.Connector.Requests);
    }

    [Fact]
    public async Task Health_LiveAndReady_200()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/healthz/ready")).StatusCode);
    }

    [Fact]
    public async Task Post_SigningKeysUnreachable_503WithRetryAfter()
    {
        using var factory = new BotHostFactory(AzuriteFixture.ConnectionStringFor(1))
        {
            MetadataHandler = () => new RecordingHandler { Fallback = _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) },
        };
        using var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(TeamsPayloads.PersonalMessage("hjelp"), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", factory.Issuer.CreateToken(TeamsPayloads.ServiceUrl));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
