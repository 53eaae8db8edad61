using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>An attachment: inline <see cref="Content"/> or a <see cref="ContentUrl"/>, never both (A7100).</summary>
public sealed class Attachment
{
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("content")] public JsonNode? Content { get; set; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("thumbnailUrl")] public string? ThumbnailUrl { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>An Adaptive Card attachment.</summary>
    public static Attachment AdaptiveCard(JsonObject card) => new() { ContentType = ContentTypes.AdaptiveCard, Content = card };
}
