using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsMentor.Bot.Admin;

/// <summary>Reads a JSON request body (at most the plan size limit) with a clear message when it is not JSON.</summary>
public static class PlanBody
{
    public static async Task<(byte[]? Bytes, string? Error)> ReadBytesAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > Domain.Plans.NetworkPlanDocument.MaxBytes)
        {
            return (null, "The body is larger than 2 MB.");
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.Length > Domain.Plans.NetworkPlanDocument.MaxBytes ? (null, "The body is larger than 2 MB.") : (buffer.ToArray(), null);
    }

    public static async Task<(JsonObject? Body, string? Error)> ReadObjectAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (bytes, error) = await ReadBytesAsync(request, cancellationToken);
        if (bytes is null)
        {
            return (null, error);
        }

        try
        {
            return JsonNode.Parse(bytes) is JsonObject body ? (body, null) : (null, "The body must be a JSON object.");
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }
    }
}
