using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>One page of <c>GET /v3/conversations/{id}/pagedmembers</c>.</summary>
public sealed class PagedMembersResult
{
    [JsonPropertyName("continuationToken")] public string? ContinuationToken { get; set; }
    [JsonPropertyName("members")] public IList<ChannelAccount>? Members { get; set; }
}
