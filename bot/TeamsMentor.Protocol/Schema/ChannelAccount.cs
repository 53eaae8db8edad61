using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>A user or bot in a conversation. Ids are opaque and compared ordinally (A7510); <c>role</c> is informational only.</summary>
public sealed class ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
