using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TeamsMentor.Bot.Hosting;

/// <summary>The readiness answer as JSON: overall status, and per check its status, description and figures (no exception details).</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object?>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(
                e => e.Key,
                e => new Dictionary<string, object?> { ["status"] = e.Value.Status.ToString(), ["description"] = e.Value.Description, ["data"] = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
