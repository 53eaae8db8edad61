using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>A Teams team: its thread id, name and Microsoft 365 group id.</summary>
public sealed class TeamInfo
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("aadGroupId")] public string? AadGroupId { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
