using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>
/// An activity entity (<c>mention</c>, <c>clientInfo</c>, ...). Unknown types are kept untouched (A2104);
/// the fields of the kinds the bot reads are typed.
/// </summary>
public sealed class Entity
{
    [JsonPropertyName("type")] public string? Type { get; set; }

    /// <summary>For <c>mention</c>: who is mentioned.</summary>
    [JsonPropertyName("mentioned")] public ChannelAccount? Mentioned { get; set; }

    /// <summary>For <c>mention</c>: the markup in the message text, e.g. <c>&lt;at&gt;TeamsMentor&lt;/at&gt;</c>.</summary>
    [JsonPropertyName("text")] public string? Text { get; set; }

    /// <summary>For <c>clientInfo</c>: the client's locale.</summary>
    [JsonPropertyName("locale")] public string? Locale { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
