using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Exports;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Attendance;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;

namespace TeamsMentor.Bot.Attendance;

/// <summary>
/// Attendance at the gatherings (organizers of the network only): who came to each gathering, ticked per team in the
/// workspace once the gathering has started; turnout per gathering and municipality; and the export (.xlsx, .csv).
/// </summary>
public static class AttendanceEndpoints
{
    public sealed record AttendanceDto(IReadOnlyList<MunicipalityDto> Municipalities, IReadOnlyList<TeamDto> Teams, IReadOnlyList<GatheringDto> Gatherings);

    public sealed record MunicipalityDto(string Id, string Name);

    public sealed record TeamDto(string Id, string Name, string MunicipalityId, IReadOnlyList<PersonDto> Members);

    public sealed record PersonDto(string Id, string Name);

    /// <param name="Started">By the host's clock: attendance can be recorded once the gathering has started.</param>
    /// <param name="CanImport">A digital gathering with its Teams meeting in the plan, and the app connected to Graph: who came can be read from Teams.</param>
    public sealed record GatheringDto(int Number, string Theme, DateTimeOffset Start, GatheringMode Mode, bool Started, DateTimeOffset? RecordedAt,
        IReadOnlyList<string> MemberIds, GatheringTurnout Turnout, bool CanImport = false);

    public sealed record AttendanceBody(IReadOnlyList<string>? MemberIds);

    public static IEndpointRouteBuilder MapAttendance(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab/admin/networks/{networkId}/attendance").RequireAuthorization(TabAuthentication.Policy).DisableAntiforgery();
        group.MapGet("", ListAsync).RequireOrganizer();
        group.MapGet("/export", ExportAsync).RequireOrganizer();
        group.MapPut("/{number:int}", SaveAsync).RequireOrganizer(Networks.NetworkEndpoints.ChangeForbidden);
        group.MapPost("/{number:int}/import", ImportAsync).RequireOrganizer(Networks.NetworkEndpoints.ChangeForbidden);
        return endpoints;
    }

    private static async Task<Ok<AttendanceDto>> ListAsync(CurrentNetwork network, IGatheringAttendanceRepository attendance, IMeetingService meetings, TimeProvider time,
        CancellationToken ct) =>
        TypedResults.Ok(Build(network.Plan, await attendance.ListAsync(network.Id, ct), time.GetUtcNow(), meetings.IsConfigured));

    /// <summary>
    /// Who came to a digital gathering, from its Teams meeting's attendance report (as open screen does): the network's
    /// members found among the participants by Entra id or e-mail replace the record; anything else is a clear 409.
    /// </summary>
    private static async Task<Results<Ok<AttendanceDto>, ProblemHttpResult>> ImportAsync(int number, CurrentNetwork network, IGatheringAttendanceRepository attendance,
        IMeetingService meetings, TimeProvider time, CancellationToken ct)
    {
        var plan = network.Plan;
        var now = time.GetUtcNow();
        var (gathering, problem) = Started(plan, number, now);
        if (problem is not null)
        {
            return problem;
        }

        if (!meetings.IsConfigured || gathering!.MeetingUrl is not { } meetingUrl)
        {
            return ApiProblems.Problem(409, ProblemCodes.AttendanceNoMeeting, "No Teams meeting", "The gathering has no Teams meeting link in the plan, or the app is not connected to Microsoft Graph. Tick who came by hand.",
                new Dictionary<string, object?> { ["number"] = number });
        }

        var report = await meetings.GetAttendanceAsync(meetingUrl, ct);
        if (report.Outcome != MeetingOutcome.Done)
        {
            return OpenScreen.OpenScreenEndpoints.Context.NoAttendanceReport(report.Outcome);
        }

        await attendance.SaveAsync(network.Id, new GatheringAttendance(number, report.MembersPresent(plan), now), ct);
        return TypedResults.Ok(Build(plan, await attendance.ListAsync(network.Id, ct), now, meetings.IsConfigured));
    }

    private static async Task<Results<Ok<AttendanceDto>, ProblemHttpResult>> SaveAsync(int number, AttendanceBody? body, CurrentNetwork network,
        IGatheringAttendanceRepository attendance, IMeetingService meetings, TimeProvider time, CancellationToken ct)
    {
        var plan = network.Plan;
        var now = time.GetUtcNow();
        var (gathering, problem) = Started(plan, number, now);
        if (problem is not null)
        {
            return problem;
        }

        var ids = (body?.MemberIds ?? []).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        var known = plan.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        if (body?.MemberIds is null || ids.Any(id => !known.Contains(id)))
        {
            return ApiProblems.Problem(400, ProblemCodes.AttendanceUnknownPeople, "Unknown people", "Send { \"memberIds\": [...] } with the ids of the network's members only; nothing was saved.");
        }

        await attendance.SaveAsync(network.Id, new GatheringAttendance(number, ids, now), ct);
        return TypedResults.Ok(Build(plan, await attendance.ListAsync(network.Id, ct), now, meetings.IsConfigured));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string? format, string? locale, CurrentNetwork network,
        IGatheringAttendanceRepository attendance, BotText text, TimeProvider time, CancellationToken ct)
    {
        var recorded = await attendance.ListAsync(network.Id, ct);
        return await ExportDownload.ServeAsync(network.Plan, format, locale, "Export_AttendanceFileName", text, time, (t, plan) => Task.FromResult(Sheets(t, plan, recorded)));
    }

    /// <summary>The gathering, once it has started (attendance is recorded from then): else the problem to answer.</summary>
    private static (Gathering? Gathering, ProblemHttpResult? Problem) Started(NetworkPlan plan, int number, DateTimeOffset now) =>
        plan.GatheringNumber(number) is not { } gathering
            ? (null, ApiProblems.Problem(404, ProblemCodes.PlanChangeNotPossible, "No such gathering", $"There is no gathering {number}."))
            : now < gathering.Start
                ? (null, ApiProblems.Problem(400, ProblemCodes.AttendanceNotStarted, "Not started", $"Gathering {number} has not started: attendance is recorded once it has.",
                    new Dictionary<string, object?> { ["number"] = number }))
                : (gathering, null);

    /// <summary>Turnout per gathering, per municipality and for the network, with the share that came.</summary>
    public static IReadOnlyList<ExportSheet> Sheets(CardText t, NetworkPlan plan, IReadOnlyDictionary<int, GatheringAttendance> recorded)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var turnout in Turnout.Compute(plan, recorded).Where(x => x.Recorded))
        {
            foreach (var m in turnout.Municipalities)
            {
                rows.Add([turnout.Gathering, plan.MunicipalityName(m.MunicipalityId), m.Present, m.Members, Share(m.Present, m.Members)]);
            }

            rows.Add([turnout.Gathering, t["Export_Network"], turnout.Present, turnout.Members, Share(turnout.Present, turnout.Members)]);
        }

        return [new ExportSheet(t["Export_SheetAttendance"],
            [t["Export_Gathering"], t["Export_Municipality"], t["Export_AttendancePresent"], t["Export_AttendanceMembers"], t["Export_AttendanceShare"]], rows)];
    }

    private static ExportPercent? Share(int present, int members) => members == 0 ? null : new ExportPercent(Math.Round((decimal)present / members, 4));

    private static AttendanceDto Build(NetworkPlan plan, IReadOnlyDictionary<int, GatheringAttendance> recorded, DateTimeOffset now, bool graph)
    {
        var turnout = Turnout.Compute(plan, recorded).ToDictionary(x => x.Gathering);
        return new AttendanceDto(
            [.. plan.Network.Municipalities.Select(m => new MunicipalityDto(m.Id, m.Name))],
            [.. plan.Teams.Select(team => new TeamDto(team.Id, team.Name, team.MunicipalityId,
                [.. plan.MembersOf(team.Id).OrderBy(m => m.Name, StringComparer.CurrentCulture).Select(m => new PersonDto(m.Id, m.Name))]))],
            [.. plan.Gatherings.Select(g => new GatheringDto(g.Number, g.Theme, g.Start, g.Mode, now >= g.Start,
                recorded.GetValueOrDefault(g.Number)?.RecordedAt, recorded.GetValueOrDefault(g.Number)?.MemberIds ?? [], turnout[g.Number],
                graph && g.Mode == GatheringMode.Digital && g.MeetingUrl is not null))]);
    }
}
