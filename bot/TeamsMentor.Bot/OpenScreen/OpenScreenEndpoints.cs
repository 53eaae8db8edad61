using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// The organizers' open-screen workspace: every session with its answers and attendance, one session's people, cancel,
/// record attendance by hand or import it from the Teams meeting's attendance report. Organizers of the network only.
/// </summary>
public static class OpenScreenEndpoints
{
    public sealed record OverviewDto(bool MeetingsConfigured, IReadOnlyList<OpenScreenDtos.SessionDto> Sessions);

    public sealed record AttendanceBody(IReadOnlyList<string>? MemberIds);

    public static void MapOpenScreenApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab/admin/networks/{networkId}/openScreen").RequireAuthorization(TabAuthentication.Policy).RequireOrganizer();
        group.MapGet("", OverviewAsync);
        group.MapGet("/{sessionId}", async (string sessionId, CurrentNetwork network, Context c, CancellationToken ct) =>
            await c.WithSessionAsync(network.Plan, sessionId, (plan, stored) => Task.FromResult<Results<Ok<OpenScreenDtos.DetailDto>, ProblemHttpResult>>(TypedResults.Ok(c.Detail(plan, stored.Value))), ct));
        group.MapPost("/{sessionId}/cancel", async (string sessionId, CurrentNetwork network, Context c, CancellationToken ct) =>
            await c.WithSessionAsync(network.Plan, sessionId, (plan, stored) => c.CancelAsync(plan, stored, ct), ct));
        group.MapPut("/{sessionId}/attendance", async (string sessionId, AttendanceBody body, CurrentNetwork network, Context c, CancellationToken ct) =>
            await c.WithSessionAsync(network.Plan, sessionId, (plan, stored) => c.RecordAsync(plan, stored.Value, body.MemberIds ?? [], ct), ct));
        group.MapPost("/{sessionId}/attendance/import", async (string sessionId, CurrentNetwork network, Context c, CancellationToken ct) =>
            await c.WithSessionAsync(network.Plan, sessionId, (plan, stored) => c.ImportAsync(plan, stored.Value, ct), ct));
    }

    private static async Task<Ok<OverviewDto>> OverviewAsync(CurrentNetwork network, Context c, CancellationToken ct)
    {
        var plan = network.Plan;
        await c.LoadAsync(network.Id, ct);
        var list = (await c.Sessions.ListSessionsAsync(network.Id, ct)).Select(s => c.Session(plan, s.Value, s.Version)).ToList();
        return TypedResults.Ok(new OverviewDto(c.OpenScreen.MeetingsConfigured, list));
    }

    /// <summary>What every call needs, resolved per request.</summary>
    public sealed class Context(IOpenScreenRepository sessions, IMeetingService meetings, OpenScreenService openScreen, TimeProvider time)
        : OpenScreenDtos.Builder(time)
    {
        public IOpenScreenRepository Sessions => sessions;

        public OpenScreenService OpenScreen => openScreen;

        public async Task<Results<Ok<OpenScreenDtos.DetailDto>, ProblemHttpResult>> WithSessionAsync(NetworkPlan plan, string sessionId,
            Func<NetworkPlan, Versioned<OpenScreenSession>, Task<Results<Ok<OpenScreenDtos.DetailDto>, ProblemHttpResult>>> then, CancellationToken ct)
        {
            if (await sessions.GetSessionAsync(plan.Network.Id, sessionId, ct) is not { } stored)
            {
                return ApiProblems.Problem(404, ProblemCodes.OpenScreenNotFound, "No such session", $"There is no open-screen session '{sessionId}' in this network.");
            }

            await LoadAsync(plan.Network.Id, ct);
            return await then(plan, stored);
        }

        public async Task<Results<Ok<OpenScreenDtos.DetailDto>, ProblemHttpResult>> CancelAsync(NetworkPlan plan, Versioned<OpenScreenSession> stored, CancellationToken ct)
        {
            var now = Clock.GetUtcNow();
            if (!stored.Value.IsCancelled && now >= stored.Value.Start)
            {
                return ApiProblems.Problem(409, ProblemCodes.OpenScreenAlreadyStarted, "Already started", "This session has already started and can no longer be cancelled.");
            }

            var outcome = await openScreen.CancelAsync(plan, stored, null, now, ct);
            if (outcome.Session is not { } cancelled)
            {
                return ApiProblems.Problem(409, ProblemCodes.OpenScreenChangedMeanwhile, "Changed meanwhile", "Someone changed this session at the same time. Reload and try again.");
            }

            return TypedResults.Ok(Detail(plan, cancelled));
        }

        public async Task<Results<Ok<OpenScreenDtos.DetailDto>, ProblemHttpResult>> RecordAsync(NetworkPlan plan, OpenScreenSession session, IReadOnlyList<string> memberIds, CancellationToken ct)
        {
            if (Refusal(session) is { } refused)
            {
                return refused;
            }

            var unknown = memberIds.Where(id => plan.Members.All(m => m.Id != id)).ToList();
            if (unknown.Count > 0)
            {
                return ApiProblems.Problem(400, ProblemCodes.OpenScreenUnknownPeople, "Unknown people", $"These are not members of the network: {string.Join(", ", unknown)}. Nothing was saved.",
                    new Dictionary<string, object?> { ["count"] = unknown.Count });
            }

            return await SaveAsync(plan, session, new OpenScreenAttendance([.. memberIds.Distinct(StringComparer.Ordinal)], Clock.GetUtcNow(), AttendanceSource.Manual), ct);
        }

        public async Task<Results<Ok<OpenScreenDtos.DetailDto>, ProblemHttpResult>> ImportAsync(NetworkPlan plan, OpenScreenSession session, CancellationToken ct)
        {
            if (Refusal(session) is { } refused)
            {
                return refused;
            }

            if (!meetings.IsConfigured || session.JoinUrl is null)
            {
                return ApiProblems.Problem(409, ProblemCodes.OpenScreenNoGraph, "No attendance report", "The app is not connected to Microsoft Graph (Graph:OrganizerUserId), so it cannot read Teams' attendance reports. Record attendance by hand.");
            }

            var report = await meetings.GetAttendanceAsync(session.JoinUrl, ct);
            if (report.Outcome != MeetingOutcome.Done)
            {
                return NoAttendanceReport(report.Outcome);
            }

            return await SaveAsync(plan, session, new OpenScreenAttendance(report.MembersPresent(plan), Clock.GetUtcNow(), AttendanceSource.MeetingReport), ct);
        }

        /// <summary>Why a Teams meeting's attendance report could not be read (also for a digital gathering's meeting).</summary>
        public static ProblemHttpResult NoAttendanceReport(MeetingOutcome outcome) => ApiProblems.Problem(409, outcome switch
        {
            MeetingOutcome.NotFound => ProblemCodes.OpenScreenNoAttendanceReport,
            MeetingOutcome.Refused => ProblemCodes.OpenScreenGraphRefused,
            _ => ProblemCodes.OpenScreenGraphUnavailable,
        }, "No attendance report", outcome switch
        {
            MeetingOutcome.NotFound => "Teams has no attendance report for this meeting (yet). Reports appear some minutes after a meeting ends, and only for meetings owned by the organizer account. Record attendance by hand.",
            MeetingOutcome.Refused => "Microsoft Graph refused: the app needs OnlineMeetings.Read.All and OnlineMeetingArtifact.Read.All, allowed for the organizer account by an application access policy (see the README).",
            _ => "Microsoft Graph did not answer. Try again in a few minutes.",
        });

        private async Task<Results<Ok<OpenScreenDtos.DetailDto>, ProblemHttpResult>> SaveAsync(NetworkPlan plan, OpenScreenSession session, OpenScreenAttendance attendance, CancellationToken ct)
        {
            await sessions.SaveAttendanceAsync(plan.Network.Id, session.Id, attendance, ct);
            await LoadAsync(plan.Network.Id, ct);
            return TypedResults.Ok(Detail(plan, session));
        }

        private ProblemHttpResult? Refusal(OpenScreenSession session) =>
            session.IsCancelled ? ApiProblems.Problem(409, ProblemCodes.OpenScreenCancelled, "Cancelled", "This session was cancelled; there is no attendance to record.")
            : Clock.GetUtcNow() < session.Start ? ApiProblems.Problem(400, ProblemCodes.OpenScreenNotStarted, "Not started", "Attendance can be recorded once the session has started.")
            : null;

        public async Task LoadAsync(string networkId, CancellationToken ct)
        {
            Rsvps = await sessions.ListRsvpsAsync(networkId, null, ct);
            Attendance = await sessions.ListAttendanceAsync(networkId, ct);
        }
    }
}
