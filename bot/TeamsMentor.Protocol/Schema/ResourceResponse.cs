using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>The connector's answer to a send, reply or update: the activity id.</summary>
public sealed class ResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; set; }
}
