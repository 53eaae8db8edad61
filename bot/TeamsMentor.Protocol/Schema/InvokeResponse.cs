using System.Text.Json.Nodes;

namespace TeamsMentor.Protocol.Schema;

/// <summary>The HTTP answer to an <c>invoke</c> activity: a status code and an optional JSON body.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    /// <summary>Universal Actions: replace the card for the user who acted (ACDOC "Response format").</summary>
    public static InvokeResponse Card(JsonObject card) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = ContentTypes.AdaptiveCard,
        ["value"] = card,
    });

    /// <summary>Universal Actions: show a short message instead of a card.</summary>
    public static InvokeResponse Message(string text) => new(200, new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = ContentTypes.ActivityMessage,
        ["value"] = text,
    });

    /// <summary>Universal Actions error (<c>BadRequest</c>, <c>NotSupported</c>, ...), sent with the same HTTP status as BBD does.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) => new(statusCode, new JsonObject
    {
        ["statusCode"] = statusCode,
        ["type"] = ContentTypes.Error,
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    });
}
