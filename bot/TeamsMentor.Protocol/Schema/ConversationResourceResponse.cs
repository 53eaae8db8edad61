using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>The answer to create-conversation: the conversation id and, for a channel thread, the root message id.</summary>
public sealed class ConversationResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("activityId")] public string? ActivityId { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
}
