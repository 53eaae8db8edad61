using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>Posts activity JSON to the real host, with or without a valid Bot Connector token.</summary>
public abstract class HostTestBase : IDisposable
{
    protected HostTestBase(AzuriteFixture azurite, string environment = "Production", IDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        Factory = new BotHostFactory(azurite.ConnectionString, environment, settings) { Clock = clock };
        Client = Factory.CreateClient();
        Clock = clock;
    }

    /// <summary>The app's clock when a test sets one; tokens are then minted at that time.</summary>
    protected TimeProvider? Clock { get; }

    protected BotHostFactory Factory { get; }

    protected HttpClient Client { get; }

    protected IConversationInstallationRepository Installations => Factory.Services.GetRequiredService<IConversationInstallationRepository>();

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }

    protected string ValidToken(string serviceUrl = TeamsPayloads.ServiceUrl)
    {
        if (Clock is null)
        {
            return Factory.Issuer.CreateToken(serviceUrl);
        }

        var now = Clock.GetUtcNow().UtcDateTime;
        return Factory.Issuer.CreateToken(serviceUrl, notBefore: now.AddMinutes(-1), expires: now.AddMinutes(30));
    }

    protected Task<HttpResponseMessage> PostAsync(string json, string? token = "valid")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            var serviceUrl = JsonNode.Parse(json)?["serviceUrl"]?.GetValue<string>() ?? TeamsPayloads.ServiceUrl;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token == "valid" ? ValidToken(serviceUrl) : token);
        }

        return Client.SendAsync(request);
    }

    /// <summary>The single activity the bot sent to the fake connector.</summary>
    protected (RecordedRequest Request, JsonNode Activity) SingleSent()
    {
        var request = Assert.Single(Factory.Connector.Requests);
        return (request, JsonNode.Parse(request.Body!)!);
    }

    protected static JsonObject CardOf(JsonNode activity)
    {
        var attachment = Assert.Single(activity["attachments"]!.AsArray())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        return attachment["content"]!.AsObject();
    }

    protected static string AllText(JsonNode card) =>
        string.Join("\n", card.AsObject()["body"]!.AsArray().Select(b => (string?)b?["text"] ?? ""));
}
