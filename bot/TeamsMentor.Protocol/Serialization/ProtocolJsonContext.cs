using System.Text.Json.Serialization;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Protocol.Serialization;

/// <summary>
/// Source-generated JSON for every type that crosses the wire. Nulls are omitted (spec A2004). A property given twice
/// anywhere (also inside <c>value</c> or <c>channelData</c>) makes the JSON invalid: it is refused as a whole, never
/// half-read.
/// </summary>
[JsonSourceGenerationOptions(
    AllowDuplicateProperties = false,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(IList<ChannelAccount>))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
