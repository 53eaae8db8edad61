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
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            activity = null; // not JSON, not an activity, or a key given twice (inside value the JSON objects throw ArgumentException)
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

        ActivityRules.RemoveNullEntries(activity);

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

        if (ActivityRules.Problem(activity) is { } field)
        {
            HostingLog.Malformed(logger, activity.Type!, field);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var turn = new TurnContext(activity, auth, connector);
        var invoke = activity.IsType(ActivityTypes.Invoke);
        byte[]? answer;
        int status;
        try
        {
            (status, answer) = Answer(invoke, await handler.OnTurnAsync(turn, ct));
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // The turn boundary: whatever the sender's activity made fail is logged once and answered without an error
            // status (Teams shows "something went wrong" and retries on a 5xx); an invoke gets the handler's error card.
            HostingLog.TurnFailed(logger, activity.Type!, ex.GetType().Name, ex.StackTrace ?? "-");
            (status, answer) = invoke ? Answer(invoke, handler.OnTurnFailed(turn) ?? new InvokeResponse(200, null)) : (StatusCodes.Status200OK, null);
        }

        http.Response.StatusCode = status;
        if (answer is not null)
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.Body.WriteAsync(answer, ct);
        }
    }

    /// <summary>
    /// The status and body for the handler's answer: 200 without a body for anything but an invoke, 501 for an invoke
    /// nobody handled. The body is serialized before anything is written, so a body that cannot be written (a number that
    /// JSON has no form for) fails here, inside the turn boundary, instead of after half of it was sent.
    /// </summary>
    private static (int Status, byte[]? Body) Answer(bool invoke, InvokeResponse? response) =>
        !invoke ? (StatusCodes.Status200OK, null)
        : response is null ? (StatusCodes.Status501NotImplemented, null)
        : (response.Status, response.Body is null ? null : JsonSerializer.SerializeToUtf8Bytes(response.Body, ProtocolJsonContext.Default.JsonNode));

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
