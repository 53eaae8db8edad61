using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamsMentor.Bot.Networks;

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
            if (JsonNode.Parse(bytes) is not JsonObject body)
            {
                return (null, "The body must be a JSON object.");
            }

            _ = body.Count; // materializes the properties: a name given twice is refused here, not later
            return (body, null);
        }
        catch (JsonException ex)
        {
            return (null, $"The body is not valid JSON (line {ex.LineNumber + 1}): {ex.Message}");
        }
        catch (ArgumentException)
        {
            return (null, "The body names a property twice.");
        }
    }
}
