using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>The Entra tenant of a Teams conversation.</summary>
public sealed class TenantInfo
{
    [JsonPropertyName("id")] public string? Id { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
