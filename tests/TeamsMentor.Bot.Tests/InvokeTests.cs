using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>bot-protocol.md §8 items 19-20: adaptiveCard/action invokes answered in the HTTP body; unknown invokes 501.</summary>
[Collection(HostCollection.Name)]
public sealed class InvokeTests(AzuriteFixture azurite) : HostTestBase(azurite)
{
    private async Task<(HttpStatusCode Status, JsonNode? Body)> InvokeAsync(string name, string value, string locale = "nb-NO")
    {
        var response = await PostAsync(TeamsPayloads.Invoke(name, value, locale));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Fact]
    public async Task HelpLanguage_ToEnglish_CardInBody()
    {
        var (status, body) = await InvokeAsync("adaptiveCard/action",
            """{"action":{"type":"Action.Execute","verb":"help.language","data":{"locale":"en-US"}},"trigger":"manual"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, (int?)body?["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body?["type"]);
        Assert.Contains("I help the learning network", AllText(body!["value"]!), StringComparison.Ordinal);
        Assert.Empty(Factory.Connector.Requests);
    }

    [Fact]
    public async Task HelpLanguage_BackToNorwegian_CardInBody()
    {
        var (_, body) = await InvokeAsync("adaptiveCard/action",
            """{"action":{"type":"Action.Execute","verb":"help.language","data":{"locale":"nb-NO"}}}""", locale: "en-US");
        Assert.Contains("Jeg hjelper læringsnettverket", AllText(body!["value"]!), StringComparison.Ordinal);
    }

    /// <summary>
    /// The language button is remembered for the person: a client that always sends en-US (the Agents Playground) gets
    /// bokmål from then on, in cards and commands alike, until the person switches back.
    /// </summary>
    [Fact]
    public async Task HelpLanguage_RememberedForThePerson_LaterAnswersInThatLanguage()
    {
        var (_, chosen) = await InvokeAsync("adaptiveCard/action",
            """{"action":{"type":"Action.Execute","verb":"help.language","data":{"locale":"nb-NO"}}}""", locale: "en-US");
        Assert.Contains("Fra nå av svarer TeamsMentor deg på norsk (bokmål).", AllText(chosen!["value"]!), StringComparison.Ordinal);
        var store = Factory.Services.GetRequiredService<TeamsMentor.Domain.Localization.ILanguagePreferenceRepository>();
        Assert.Equal("nb-NO", await store.GetAsync(TeamsPayloads.Tenant, "6f0d2c1e-0000-4000-8000-000000000001", CancellationToken.None));

        await PostAsync(TeamsPayloads.PersonalMessage("help", "en-US"));
        Assert.Contains("Jeg hjelper læringsnettverket", AllText(CardOf(JsonNode.Parse(Factory.Connector.Requests.Last().Body!)!)), StringComparison.Ordinal);
        var (_, unknown) = await InvokeAsync("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"no.such.verb"}}""", locale: "en-US");
        Assert.Contains("Denne handlingen kjenner jeg ikke igjen.", (string?)unknown?["value"]?["message"], StringComparison.Ordinal); // a refusal too

        await InvokeAsync("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"help.language","data":{"locale":"en-US"}}}""");
        await PostAsync(TeamsPayloads.PersonalMessage("hjelp", "nb-NO"));
        Assert.Contains("I help the learning network", AllText(CardOf(JsonNode.Parse(Factory.Connector.Requests.Last().Body!)!)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"help.language","data":{"locale":"xx-evil"}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"help.language","data":{"locale":42}}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":"help.language"}}""")]
    public async Task HelpLanguage_ForgedData_BadRequest(string value)
    {
        var (status, body) = await InvokeAsync("adaptiveCard/action", value);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/vnd.microsoft.error", (string?)body?["type"]);
        Assert.Equal("BadRequest", (string?)body?["value"]?["code"]);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"x\"")]
    [InlineData("{}")]
    public async Task MalformedValue_BadRequest(string value)
    {
        var (status, body) = await InvokeAsync("adaptiveCard/action", value);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BadRequest", (string?)body?["value"]?["code"]);
    }

    [Fact]
    public async Task NotExecuteAction_NotSupported()
    {
        var (status, body) = await InvokeAsync("adaptiveCard/action", """{"action":{"type":"Action.Submit","verb":"x"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("NotSupported", (string?)body?["value"]?["code"]);
    }

    [Fact]
    public async Task UnknownVerb_BadRequestWithMessage()
    {
        var (status, body) = await InvokeAsync("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"no.such.verb"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("kjenner jeg ikke igjen", (string?)body?["value"]?["message"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("composeExtension/query")]
    [InlineData("task/fetch")]
    [InlineData("signin/verifyState")]
    public async Task UnknownInvokeName_501(string name)
    {
        var (status, _) = await InvokeAsync(name, "{}");
        Assert.Equal(HttpStatusCode.NotImplemented, status);
    }
}
