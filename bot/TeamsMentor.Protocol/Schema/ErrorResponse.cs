using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsMentor.Protocol.Schema;

/// <summary>The connector's error body: <c>{"error":{"code","message"}}</c>. Teams adds a <c>subCode</c> for some errors.</summary>
public sealed class ErrorResponse
{
    [JsonPropertyName("error")] public ErrorDetail? Error { get; set; }

    [JsonExtensionData] public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
