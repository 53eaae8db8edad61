using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>
/// A Bot Framework activity (botframework-activity spec). Unknown fields are kept in <see cref="ExtensionData"/>
/// so nothing the channel sends is lost (spec A2005).
/// </summary>
public sealed class Activity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; set; }
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("attachments")] public IList<Attachment>? Attachments { get; set; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; set; }
    [JsonPropertyName("entities")] public IList<Entity>? Entities { get; set; }
    [JsonPropertyName("channelData")] public TeamsChannelData? ChannelData { get; set; }
    [JsonPropertyName("action")] public string? Action { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("value")] public JsonNode? Value { get; set; }
    [JsonPropertyName("membersAdded")] public IList<ChannelAccount>? MembersAdded { get; set; }
    [JsonPropertyName("membersRemoved")] public IList<ChannelAccount>? MembersRemoved { get; set; }
    [JsonPropertyName("deliveryMode")] public string? DeliveryMode { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>The tenant of the conversation: Teams puts it in channelData.tenant.id and conversation.tenantId.</summary>
    [JsonIgnore]
    public string? TenantId => ChannelData?.Tenant?.Id ?? Conversation?.TenantId;

    /// <summary>True when <paramref name="type"/> equals this activity's type (ordinal, spec A2011).</summary>
    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);

    /// <summary>
    /// A message that answers this activity: from and recipient swapped, same conversation, replyToId set.
    /// The serviceUrl is not copied (channels ignore it from bots, A2304); callers address it explicitly.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation is null ? null : new ConversationAccount
        {
            Id = Conversation.Id,
            IsGroup = Conversation.IsGroup,
            ConversationType = Conversation.ConversationType,
            TenantId = Conversation.TenantId,
        },
        ReplyToId = Id,
        Locale = Locale,
        Text = string.IsNullOrEmpty(text) ? null : text,
    };
}
