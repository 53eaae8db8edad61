using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>Teams' <c>channelData</c>: tenant, team, channel and the conversationUpdate event type.</summary>
public sealed class TeamsChannelData
{
    [JsonPropertyName("tenant")] public TenantInfo? Tenant { get; set; }
    [JsonPropertyName("team")] public TeamInfo? Team { get; set; }
    [JsonPropertyName("channel")] public ChannelInfo? Channel { get; set; }
    [JsonPropertyName("eventType")] public string? EventType { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
