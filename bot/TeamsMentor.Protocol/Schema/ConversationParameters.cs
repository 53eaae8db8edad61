using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>Body of <c>POST /v3/conversations</c>: a 1:1 chat with one member, or a new thread in a Teams channel.</summary>
public sealed class ConversationParameters
{
    [JsonPropertyName("isGroup")] public bool? IsGroup { get; set; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; set; }
    [JsonPropertyName("members")] public IList<ChannelAccount>? Members { get; set; }
    [JsonPropertyName("topicName")] public string? TopicName { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    [JsonPropertyName("activity")] public Activity? Activity { get; set; }
    [JsonPropertyName("channelData")] public TeamsChannelData? ChannelData { get; set; }
}
