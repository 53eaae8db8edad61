using System.Net;
using System.Text.Json.Nodes;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>With storage not answering, a tab call gets 503 with Retry-After and an invoke gets a card: never a 500.</summary>
public sealed class StorageOutageTests : IDisposable
{
    private readonly BotHostFactory _factory = new(AzuriteFixture.ConnectionStringFor(FreePort.Next())); // nothing listens there

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task TabCall_StorageDown_503WithRetryAfter()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tab/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _factory.EntraIssuer.CreateToken("",
            issuer: $"https://login.microsoftonline.com/{TeamsPayloads.Tenant}/v2.0", audience: BotHostFactory.TabClientId, includeServiceUrl: false,
            claims: new Dictionary<string, object> { ["oid"] = "aad-someone", ["tid"] = TeamsPayloads.Tenant, ["ver"] = "2.0" }));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("Storage unavailable", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["title"]);
    }

    [Fact]
    public async Task CardAction_StorageDown_200WithACard()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(TeamsPayloads.ChannelInvoke("report.save", """{"network":"mentorprogram-nord","team":"tromso-sone-1","gathering":3}""", "aad-hanne"),
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _factory.Issuer.CreateToken(TeamsPayloads.ServiceUrl));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]);
    }
}
