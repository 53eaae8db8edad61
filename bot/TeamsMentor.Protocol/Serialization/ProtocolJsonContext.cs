using System.Text.Json.Serialization;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Protocol.Serialization;

/// <summary>Source-generated JSON for every type that crosses the wire. Nulls are omitted (spec A2004).</summary>
[JsonSourceGenerationOptions(
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
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
