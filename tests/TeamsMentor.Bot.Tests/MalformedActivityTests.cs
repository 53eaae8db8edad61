using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Protocol.Schema;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// What a buggy client or an attacker sends to /api/messages never gets a 5xx: null list entries are dropped, duplicate
/// keys and activities without a usable serviceUrl, conversation or with oversized ids are refused with 400, and a turn
/// that fails anyway (or whose answer cannot be written) is answered 200 with a short card in the sender's language.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MalformedActivityTests(AzuriteFixture azurite) : HostTestBase(azurite)
{
    private readonly string _storage = azurite.ConnectionString;

    [Fact]
    public async Task Message_NullEntity_HelpAnswered()
    {
        var json = TeamsPayloads.PersonalMessage("hjelp").Replace("\"entities\": [", "\"entities\": [ null,", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(json)).StatusCode);
        Assert.Contains("Jeg hjelper læringsnettverket", AllText(CardOf(SingleSent().Activity)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_NullMemberAdded_StillInstalls()
    {
        var json = TeamsPayloads.BotAddedToTeam().Replace("\"membersAdded\": [", "\"membersAdded\": [ null,", StringComparison.Ordinal);
        Assert.Contains("null,", json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(json)).StatusCode);
        Assert.NotEmpty(await Installations.ListAsync(TeamsPayloads.Tenant, CancellationToken.None));
    }

    [Theory]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"help.language","data":{"locale":"en-US","locale":"nb-NO"}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"help.language","verb":"team.link","data":{}}}""")]
    public async Task Invoke_DuplicateKey_400(string value)
    {
        var response = await PostAsync(TeamsPayloads.Invoke("adaptiveCard/action", value));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(Factory.Connector.Requests);
    }

    [Theory]
    [InlineData("\"conversation\": { \"conversationType\": \"personal\", \"tenantId\": \"3b1a2c4d-0000-4000-8000-00000000a001\", \"id\": \"LONG\" }")]
    [InlineData("\"tenant\": { \"id\": \"LONG\" }")]
    public async Task Message_IdTooLongForStorage_400(string replacement)
    {
        var json = Replace(TeamsPayloads.PersonalMessage("hjelp"), replacement.Replace("LONG", new string('a', 1100), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(json)).StatusCode);
        Assert.Empty(Factory.Connector.Requests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://smba.trafficmanager.net/emea/")]
    [InlineData("LONG")]
    public async Task Message_UnusableServiceUrl_400_EvenWithoutAuthentication(string? serviceUrl)
    {
        // Local development (the Agents Playground sends no token) is where such activities get through authentication.
        using var dev = new BotHostFactory(_storage, "Development", new Dictionary<string, string?> { ["Bot:DangerouslyAllowUnauthenticatedRequests"] = "true" });
        using var client = dev.CreateClient();
        var json = TeamsPayloads.PersonalMessage("hjelp").Replace($"\"serviceUrl\": \"{TeamsPayloads.ServiceUrl}\",",
            serviceUrl is null ? "" : $"\"serviceUrl\": \"{(serviceUrl == "LONG" ? "https://smba.trafficmanager.net/" + new string('a', 32_000) : serviceUrl)}\",", StringComparison.Ordinal);
        var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var noConversation = TeamsPayloads.PersonalMessage("hjelp").Replace($"\"id\": \"{TeamsPayloads.PersonalConversation}\"", "\"name\": \"x\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(new Uri("/api/messages", UriKind.Relative),
            new StringContent(noConversation, System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Empty(dev.Connector.Requests);
    }

    [Fact]
    public async Task Invoke_ActionThrows_200WithASorryCard_InTheSendersLanguage()
    {
        using var factory = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddCardAction<ThrowingAction>()));
        using var client = factory.CreateClient();
        foreach (var (verb, locale, expected) in new[] { ("test.throw", "nb-NO", "Noe gikk galt"), ("test.nan", "en-US", "Something went wrong") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = new StringContent(TeamsPayloads.Invoke("adaptiveCard/action", $$$"""{"action":{"type":"Action.Execute","verb":"{{{verb}}}"}}""", locale),
                    System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", ValidToken());
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!; // one whole JSON document, not half a card
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
            Assert.Contains(expected, AllText(body["value"]!), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(65_536)]
    public async Task EveryCardVerb_IdsTooLongForStorage_AnsweredWithACard(int length)
    {
        // Every verb the host answers (from its own registry, so later ones are covered too), with forged data whose ids
        // no storage key can hold: a card, never a 5xx, and nothing stored.
        var verbs = Factory.Services.GetRequiredService<CardActionRegistry>().Names;
        var huge = new string('n', length);
        var long2k = new string('x', 2_000);
        var data = new JsonObject { ["network"] = huge, ["team"] = long2k, ["session"] = long2k, ["member"] = long2k, ["gathering"] = 3, ["locale"] = long2k };
        foreach (var verb in verbs)
        {
            var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() } };
            var response = await PostAsync(TeamsPayloads.Invoke("adaptiveCard/action", value.ToJsonString()));
            Assert.True((int)response.StatusCode < 500, $"{verb}: {(int)response.StatusCode}");
            // Refused by the action itself, before storage: not the turn boundary's "something went wrong".
            Assert.DoesNotContain("Noe gikk galt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty(await Installations.ListAsync(TeamsPayloads.Tenant, CancellationToken.None));
    }

    private static string Replace(string json, string replacement)
    {
        var name = replacement[..replacement.IndexOf(':', StringComparison.Ordinal)];
        var start = json.IndexOf(name, StringComparison.Ordinal);
        var end = json.IndexOf('}', start) + 1;
        return json[..start] + replacement + json[end..];
    }

    /// <summary>A card action that fails the two ways a turn can: it throws, or it answers with a number JSON cannot carry.</summary>
    private sealed class ThrowingAction : ICardAction
    {
        public static IReadOnlyList<string> Verbs { get; } = ["test.throw", "test.nan"];

        public Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken) => context.Verb == "test.throw"
            ? throw new InvalidOperationException("a bug with a secret in its message: 6f0d2c1e-0000-4000-8000-000000000001")
            : Task.FromResult(InvokeResponse.Card(new JsonObject { ["type"] = "AdaptiveCard", ["value"] = double.NaN }));
    }
}
