using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsMentor.Protocol.Authentication;
using TeamsMentor.Protocol.Connector;
using TeamsMentor.Protocol.Schema;
using TeamsMentor.Protocol.Serialization;

namespace TeamsMentor.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: 413 for oversized bodies, 400 for non-JSON or a missing type, 401/403 for auth failures,
/// 200 with no body for handled or ignored activities, the invoke response for invokes (501 when unhandled).
/// Other verbs get 405 from routing.
/// </summary>
public static class BotMessagesEndpoint
{
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, HandleAsync).DisableAntiforgery().WithName("BotMessages");
    }

    private static async Task HandleAsync(
        HttpContext http,
        BotFrameworkAuthenticator authenticator,
        IActivityHandler handler,
        ConnectorClient connector,
        IOptions<BotOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoint));
        var ct = http.RequestAborted;
        var limit = options.Value.MaxRequestBodyBytes;

        var body = await RequestBodyReader.ReadAsync(http.Request, limit, ct);
        if (body is null)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body.Value.Span, ProtocolJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            activity = null;
        }
        finally
        {
            body.Value.Return();
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        BotAuthResult auth;
        try
        {
            auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity.ChannelId, activity.ServiceUrl, ct);
        }
        catch (SigningKeysUnavailableException)
        {
            // Not the caller's fault: answer 503 so the channel retries, instead of 401 or 500.
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "60";
            return;
        }

        if (!auth.IsAccepted)
        {
            HostingLog.Refused(logger, auth.Status, auth.Reason ?? "-");
            http.Response.StatusCode = auth.Status == BotAuthStatus.Forbidden
                ? StatusCodes.Status403Forbidden
                : StatusCodes.Status401Unauthorized;
            return;
        }

        if (!TenantAllowed(activity, options.Value))
        {
            HostingLog.TenantNotAllowed(logger, activity.Type);
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        var response = await handler.OnTurnAsync(new TurnContext(activity, auth, connector), ct);
        if (!activity.IsType(ActivityTypes.Invoke))
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        if (response is null)
        {
            http.Response.StatusCode = StatusCodes.Status501NotImplemented;
            return;
        }

        http.Response.StatusCode = response.Status;
        if (response.Body is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(http.Response.BodyWriter);
            response.Body.WriteTo(writer);
            await writer.FlushAsync(ct);
        }
    }

    private static bool TenantAllowed(Activity activity, BotOptions options)
    {
        if (options.AllowedTenants.Count == 0)
        {
            return true;
        }

        var tenant = activity.TenantId;
        return tenant is not null && options.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase);
    }
}
