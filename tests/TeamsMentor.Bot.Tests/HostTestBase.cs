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
    protected HostTestBase(AzuriteFixture azurite, string environment = "Production", IDictionary<string, string?>? settings = null)
    {
        Factory = new BotHostFactory(azurite.ConnectionString, environment, settings);
        Client = Factory.CreateClient();
    }

    protected BotHostFactory Factory { get; }

    protected HttpClient Client { get; }

    protected IConversationInstallationRepository Installations => Factory.Services.GetRequiredService<IConversationInstallationRepository>();

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }

    protected string ValidToken(string serviceUrl = TeamsPayloads.ServiceUrl) => Factory.Issuer.CreateToken(serviceUrl);

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
