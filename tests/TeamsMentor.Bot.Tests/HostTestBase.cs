using System.Net;
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
    protected HostTestBase(AzuriteFixture azurite, string environment = "Production", IDictionary<string, string?>? settings = null, TimeProvider? clock = null,
        Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        Factory = new BotHostFactory(azurite.ConnectionString, environment, settings) { Clock = clock, TestServices = services };
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

    /// <summary>
    /// A tab token (Entra v2, for the tab's client id) for <paramref name="oid"/>. Lifetimes are on the real clock: the
    /// tab's token check uses it, not the app's (which tests may set in the past).
    /// </summary>
    protected string TabToken(string oid, string tenant = TeamsPayloads.Tenant, string? audience = null, DateTime? expires = null, bool forged = false)
    {
        var until = expires ?? DateTime.UtcNow.AddMinutes(30);
        return Factory.EntraIssuer.CreateToken("", issuer: $"https://login.microsoftonline.com/{tenant}/v2.0", audience: audience ?? BotHostFactory.TabClientId,
            includeServiceUrl: false, signWithUnpublishedKey: forged, expires: until, notBefore: until.AddHours(-1),
            claims: new Dictionary<string, object> { ["oid"] = oid, ["tid"] = tenant, ["ver"] = "2.0" });
    }

    /// <summary>A call to the tab's API with <paramref name="token"/> (none: anonymous), a JSON body and one extra header.</summary>
    /// <summary>A tab API call as <paramref name="oid"/> (signed in with a valid token): the status and the JSON it answered (null when empty).</summary>
    protected async Task<(HttpStatusCode Status, JsonNode? Body)> TabJsonAsync(HttpMethod method, string path, string oid, string? body = null, string? ifMatch = null)
    {
        using var response = await SendTabAsync(method, path, TabToken(oid), body, ifMatch is null ? null : ("If-Match", ifMatch));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    protected Task<HttpResponseMessage> SendTabAsync(HttpMethod method, string path, string? token, string? body = null, (string Name, string Value)? header = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (header is { } h)
        {
            request.Headers.TryAddWithoutValidation(h.Name, h.Value);
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
