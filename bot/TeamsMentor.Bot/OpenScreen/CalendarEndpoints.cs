using System.Text;
using System.Text.RegularExpressions;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// "Add to calendar": <c>GET /openscreen/{network}/{session}.ics</c>. Opened from a card in the browser or the phone's
/// calendar app, so there is no sign-in: the session id (80 random bits) is the secret, as a Teams join link is.
/// </summary>
public static partial class CalendarEndpoints
{
    public static void MapCalendarFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/openscreen/{networkId}/{sessionId}.ics", async (HttpContext http, string networkId, string sessionId, INetworkRepository networks,
            IOpenScreenRepository sessions, TimeProvider time, CancellationToken ct) =>
        {
            if (!SessionId().IsMatch(sessionId) || await networks.GetPlanAsync(networkId, ct) is not { } plan
                || await sessions.GetSessionAsync(networkId, sessionId, ct) is not { } stored)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "no-store";
            var session = stored.Value;
            var file = CalendarFile.Build(plan.Network.Id, plan.Network.Name, session, time.GetUtcNow());
            var date = Domain.Networks.NetworkClock.LocalDate(session.Start, plan.Network.Zone).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return Results.File(Encoding.UTF8.GetBytes(file), "text/calendar; charset=utf-8", $"apen-skjerm-{date}.ics");
        }).AllowAnonymous();
    }

    [GeneratedRegex("^[0-9a-f]{20}$")]
    private static partial Regex SessionId();
}
