using System.Text.Json.Nodes;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Protocol.Tests;

/// <summary>bot-protocol.md §8 item 19: the invoke value is parsed defensively; errors use BBD's codes.</summary>
public sealed class AdaptiveCardInvokeValueTests
{
    [Fact]
    public void TryParse_ExecuteWithVerbAndData_Parsed()
    {
        var value = JsonNode.Parse("""{"action":{"type":"Action.Execute","id":"x","verb":"help.language","data":{"locale":"en-US"}},"trigger":"manual"}""");
        Assert.True(AdaptiveCardInvokeValue.TryParse(value, out var parsed, out _));
        Assert.Equal("help.language", parsed.Verb);
        Assert.Equal("en-US", (string?)parsed.Data["locale"]);
        Assert.Equal("manual", parsed.Trigger);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"text\"")]
    [InlineData("{}")]
    [InlineData("""{"action":"x"}""")]
    [InlineData("""{"action":{"type":"Action.Execute"}}""")]
    [InlineData("""{"action":{"type":"Action.Execute","verb":""}}""")]
    public void TryParse_Malformed_BadRequest(string? json)
    {
        var value = json is null ? null : JsonNode.Parse(json);
        Assert.False(AdaptiveCardInvokeValue.TryParse(value, out _, out var error));
        Assert.Equal(400, error.Status);
        Assert.Equal("application/vnd.microsoft.error", (string?)error.Body?["type"]);
        Assert.Equal("BadRequest", (string?)error.Body?["value"]?["code"]);
    }

    [Theory]
    [InlineData("Action.Submit")]
    [InlineData("Action.OpenUrl")]
    public void TryParse_NotExecute_NotSupported(string type)
    {
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = type, ["verb"] = "x" } };
        Assert.False(AdaptiveCardInvokeValue.TryParse(value, out _, out var error));
        Assert.Equal("NotSupported", (string?)error.Body?["value"]?["code"]);
    }

    [Fact]
    public void Card_WrapsCardInUniversalActionsResponse()
    {
        var response = InvokeResponse.Card(new JsonObject { ["type"] = "AdaptiveCard" });
        Assert.Equal(200, response.Status);
        Assert.Equal(200, (int?)response.Body?["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response.Body?["type"]);
        Assert.Equal("AdaptiveCard", (string?)response.Body?["value"]?["type"]);
    }

    [Fact]
    public void DataInt_NumberOrDigits_ElseNull()
    {
        var value = new AdaptiveCardInvokeValue("x", new JsonObject
        {
            ["number"] = 3, ["digits"] = "12", ["negative"] = "-1", ["decimal"] = 2.5, ["text"] = "tre", ["padded"] = " 4",
        }, null);

        Assert.Equal((3, 12), (value.DataInt("number"), value.DataInt("digits")));
        Assert.All(new[] { "negative", "decimal", "text", "padded", "missing" }, name => Assert.Null(value.DataInt(name)));
    }
}
