using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.FollowUps;

/// <summary>
/// Follow-ups (veiledning) in the workspace, organizers of the network only: every period between two gatherings with
/// each team's advisor, contact person and follow-ups (with the organizers' notes); book one (a Teams meeting through
/// Graph, a pasted Teams link) or log one held by phone; and change one (notes, held, cancelled, a new time).
/// </summary>
public static class FollowUpEndpoints
{
    public sealed record OverviewDto(IReadOnlyList<PeriodDto> Periods, int? CurrentPeriod, IReadOnlyList<TeamDto> Teams, IReadOnlyList<FollowUpDto> FollowUps,
        IReadOnlyList<PersonDto> Organizers, bool MeetingsConfigured, DateTimeOffset Now);

    /// <summary>The period after gathering <see cref="Gathering"/>: from its end to the next one's start, and when the advisor is reminded.</summary>
    public sealed record PeriodDto(int Gathering, DateTimeOffset From, DateTimeOffset To, DateTimeOffset? ReminderAt);

    public sealed record TeamDto(string Id, string Name, string Municipality, string? AdvisorId, string? Advisor, string? Contact, bool ContactReachable);

    public sealed record PersonDto(string Id, string Name);

    /// <param name="Held">Held by the host's clock: logged as held, or booked and over.</param>
    public sealed record FollowUpDto(string Id, string TeamId, int Period, FollowUpMode Mode, DateTimeOffset Start, DateTimeOffset End, int DurationMinutes,
        FollowUpState State, bool Held, string? AdvisorId, string? JoinUrl, DateTimeOffset? ProposedStart, string? Notes, string BookedBy, string Version);

    /// <param name="Id">Optional: 20 lower-case hex digits chosen by the form, so that sending it again books once.</param>
    /// <param name="Start">The network's local time (<c>2023-05-03T10:00</c>), or an instant with its offset.</param>
    public sealed record BookBody(string? Id, string? TeamId, FollowUpMode? Mode, string? Start, int? DurationMinutes, string? JoinUrl, string? Notes);

    /// <param name="Action">notes (the notes only), held, cancel, or move (a new start and duration: a new invite).</param>
    public sealed record ChangeBody(string? Action, string? Notes, string? Start, int? DurationMinutes);

    public sealed record BookedDto(FollowUpDto FollowUp, bool Invited);

    public static IEndpointRouteBuilder MapFollowUps(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab/admin/networks/{networkId}/followUps").RequireAuthorization(TabAuthentication.Policy).DisableAntiforgery();
        group.MapGet("", OverviewAsync).RequireOrganizer();
        group.MapPost("", BookAsync).RequireOrganizer(Networks.NetworkEndpoints.ChangeForbidden);
        group.MapPut("/{followUpId}", ChangeAsync).RequireOrganizer(Networks.NetworkEndpoints.ChangeForbidden);
        return endpoints;
    }

    private static async Task<Ok<OverviewDto>> OverviewAsync(CurrentNetwork network, IFollowUpRepository followUps, FollowUpService service, TimeProvider time, CancellationToken ct)
    {
        var (plan, now) = (network.Plan, time.GetUtcNow());
        var reachable = await service.ReachableContactsAsync(plan, ct);
        var gatherings = plan.Gatherings.OrderBy(g => g.Number).ToList();
        var periods = gatherings.Zip(gatherings.Skip(1), (g, next) => new PeriodDto(g.Number, g.End, next.Start, FollowUpRules.ReminderAt(plan, g))).ToList();
        var teams = plan.Teams.Select(team => new TeamDto(team.Id, team.Name, plan.MunicipalityName(team), team.AdvisorId, FollowUpRules.AdvisorOf(plan, team)?.Name,
            plan.ContactOf(team)?.Name, reachable.Contains(team.Id))).ToList();
        var list = (await followUps.ListAsync(network.Id, ct)).Select(f => Dto(f, now)).ToList();
        return TypedResults.Ok(new OverviewDto(periods, FollowUpRules.CurrentPeriod(plan, now), teams, list,
            [.. plan.Network.Organizers.Select(o => new PersonDto(o.Id, o.Name))], service.MeetingsConfigured, now));
    }

    private static async Task<Results<Created<BookedDto>, Ok<BookedDto>, ProblemHttpResult>> BookAsync(BookBody? body, CurrentNetwork network, FollowUpService service,
        TimeProvider time, CancellationToken ct)
    {
        var (plan, now) = (network.Plan, time.GetUtcNow());
        var errors = new List<FieldIssue>();
        var team = plan.Teams.FirstOrDefault(x => x.Id == body?.TeamId);
        if (team is null)
        {
            errors.Add(new FieldIssue("teamId", FollowUpIssueCodes.UnknownTeam, "Choose one of the network's teams."));
        }

        if (body?.Mode is not { } mode || !Enum.IsDefined(mode))
        {
            errors.Add(new FieldIssue("mode", FollowUpIssueCodes.ChooseMode, "Choose teams, link or phone."));
            mode = FollowUpMode.Link;
        }

        var start = Instant(plan, body?.Start);
        var minutes = body?.DurationMinutes ?? FollowUpRules.DefaultMinutes;
        var period = CheckTime(plan, start, minutes, now, logged: mode == FollowUpMode.Phone, errors);

        var joinUrl = string.IsNullOrWhiteSpace(body?.JoinUrl) ? null : body.JoinUrl.Trim();
        if (mode == FollowUpMode.Link && !OpenScreenRules.IsTeamsJoinUrl(joinUrl))
        {
            errors.Add(new FieldIssue("joinUrl", FollowUpIssueCodes.JoinUrl, "Paste the meeting's Teams join link (https://teams.microsoft.com/…)."));
        }

        if (NotesIssue(body?.Notes) is { } notesIssue)
        {
            errors.Add(notesIssue);
        }

        if (body?.Id is { } id && !IsFollowUpId(id))
        {
            return ApiProblems.Problem(400, ProblemCodes.NotAnId, "Not an id", "The id is 20 lower-case hex digits, or left out.");
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Problem(400, ProblemCodes.FollowUpInvalid, "Invalid follow-up", "The follow-up was not saved.",
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }

        if (mode == FollowUpMode.Teams && !service.MeetingsConfigured)
        {
            return ApiProblems.Problem(409, ProblemCodes.FollowUpNoGraph, "No Teams meeting", "The app is not connected to Microsoft Graph (Graph:OrganizerUserId): paste a Teams link instead.");
        }

        var booker = NetworkAccess.OrganizerOf(plan.Network, network.User.ObjectId);
        var followUp = new FollowUp
        {
            Id = body!.Id ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10)),
            TeamId = team!.Id,
            Period = period!.Value,
            Mode = mode,
            Start = start!.Value,
            DurationMinutes = minutes,
            State = mode == FollowUpMode.Phone ? FollowUpState.Held : FollowUpState.Booked,
            AdvisorId = team.AdvisorId ?? booker?.Id,
            JoinUrl = mode == FollowUpMode.Link ? joinUrl : null,
            Notes = Clean(body.Notes),
            BookedBy = booker?.Name ?? network.User.Name ?? "?",
            ChangedAt = now,
        };
        var (saved, failure, invited, repeat) = await service.BookAsync(plan, team, followUp, now, ct);
        if (failure is not null)
        {
            return failure.Outcome switch
            {
                MeetingOutcome.Refused or MeetingOutcome.NotConfigured => ApiProblems.Problem(409, ProblemCodes.FollowUpGraphRefused, "Teams meeting refused",
                    "Microsoft Graph refused to create the meeting (the app's Calendars.ReadWrite permission or the application access policy). Paste a Teams link instead."),
                _ => ApiProblems.Problem(503, ProblemCodes.FollowUpGraphUnavailable, "Graph unavailable", "Microsoft Graph did not create the meeting in time. Send it again in a minute; it is booked once."),
            };
        }

        var dto = new BookedDto(Dto(saved!, now), invited);
        return !repeat ? TypedResults.Created($"/api/tab/admin/networks/{network.Id}/followUps/{followUp.Id}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<BookedDto>, ProblemHttpResult>> ChangeAsync(string followUpId, ChangeBody? body, HttpContext http, CurrentNetwork network,
        IFollowUpRepository followUps, FollowUpService service, TimeProvider time, CancellationToken ct)
    {
        var (plan, now) = (network.Plan, time.GetUtcNow());
        if (followUpId.Length > 40 || await followUps.GetAsync(network.Id, followUpId, ct) is not { } stored
            || plan.Teams.FirstOrDefault(x => x.Id == stored.Value.TeamId) is not { } team)
        {
            return ApiProblems.Problem(404, ProblemCodes.FollowUpNotFound, "No such follow-up", $"The network has no follow-up '{followUpId}'.");
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(ifMatch))
        {
            return ApiProblems.Problem(428, ProblemCodes.IfMatchRequired, "If-Match required", "Send If-Match with the follow-up's version.");
        }

        if (ifMatch != stored.Version)
        {
            return Changed(stored, now);
        }

        var old = stored.Value;
        var errors = new List<FieldIssue>();
        FollowUp? changed = null;
        switch (body?.Action)
        {
            case "notes":
                changed = NotesIssue(body.Notes) is { } issue ? Add(errors, issue) : old with { Notes = Clean(body.Notes), ChangedAt = now };
                break;
            case "held" when old.State != FollowUpState.Cancelled:
                changed = old.Start <= now ? old with { State = FollowUpState.Held, ChangedAt = now }
                    : Add(errors, new FieldIssue("action", FollowUpIssueCodes.NotYetHeld, "It cannot be held before its time."));
                break;
            case "cancel" when old.State != FollowUpState.Held:
                changed = old with { State = FollowUpState.Cancelled, ChangedAt = now };
                break;
            case "move" when old.State is not (FollowUpState.Held or FollowUpState.Cancelled) && old.Mode != FollowUpMode.Phone:
                var start = Instant(plan, body.Start);
                var minutes = body.DurationMinutes ?? old.DurationMinutes;
                var period = CheckTime(plan, start, minutes, now, logged: false, errors);
                changed = errors.Count > 0 ? null : old with
                {
                    Start = start!.Value, DurationMinutes = minutes, Period = period!.Value, State = FollowUpState.Booked, ProposedStart = null,
                    Revision = old.Revision + 1, ChangedAt = now,
                };
                break;
            default:
                errors.Add(new FieldIssue("action", FollowUpIssueCodes.ChooseAction, "Send action notes, held, cancel or move (for a follow-up that allows it)."));
                break;
        }

        if (changed is null || errors.Count > 0)
        {
            return ApiProblems.Problem(400, ProblemCodes.FollowUpInvalid, "Invalid change", "Nothing was changed.",
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }

        var (outcome, version, invited) = await service.ChangeAsync(plan, team, stored, changed, now, ct);
        if (outcome != WriteOutcome.Saved)
        {
            return Changed(await followUps.GetAsync(network.Id, followUpId, ct) ?? stored, now);
        }

        return TypedResults.Ok(new BookedDto(Dto(new Versioned<FollowUp>(changed, version!), now), invited));
    }

    /// <summary>
    /// Checks a follow-up's time: between two gatherings, ahead for a meeting (or past for a call being
    /// <paramref name="logged"/>), and a duration in range. Returns the period, adding an issue for each refusal.
    /// </summary>
    private static int? CheckTime(NetworkPlan plan, DateTimeOffset? start, int minutes, DateTimeOffset now, bool logged, List<FieldIssue> errors)
    {
        var period = start is { } at ? FollowUpRules.PeriodOf(plan, at) : null;
        if (period is null)
        {
            errors.Add(new FieldIssue("start", FollowUpIssueCodes.NotInAPeriod, "A follow-up falls between two gatherings: after one ends and before the next starts."));
        }
        else if (logged ? start > now : start <= now)
        {
            errors.Add(logged
                ? new FieldIssue("start", FollowUpIssueCodes.MustBePast, "A call is logged once it has been held: give a time that has passed.")
                : new FieldIssue("start", FollowUpIssueCodes.MustBeAhead, "A meeting is booked ahead: give a time that has not passed."));
        }

        if (minutes is < FollowUpRules.MinMinutes or > FollowUpRules.MaxMinutes)
        {
            errors.Add(new FieldIssue("durationMinutes", FollowUpIssueCodes.Duration, $"From {FollowUpRules.MinMinutes} to {FollowUpRules.MaxMinutes} minutes.",
                new Dictionary<string, object?> { ["min"] = FollowUpRules.MinMinutes, ["max"] = FollowUpRules.MaxMinutes }));
        }

        return period;
    }

    private static FollowUp? Add(List<FieldIssue> errors, FieldIssue issue)
    {
        errors.Add(issue);
        return null;
    }

    private static ProblemHttpResult Changed(Versioned<FollowUp> current, DateTimeOffset now) =>
        ApiProblems.Problem(412, ProblemCodes.FollowUpChanged, "Changed by someone else", "The follow-up changed since you read it. It is in 'current'; nothing was changed.",
            extensions: new Dictionary<string, object?> { ["current"] = Dto(current, now) });

    private static FieldIssue? NotesIssue(string? notes) =>
        notes is { Length: > FollowUpRules.NotesMax }
            ? new FieldIssue("notes", FollowUpIssueCodes.NotesTooLong, $"At most {FollowUpRules.NotesMax} characters.", new Dictionary<string, object?> { ["max"] = FollowUpRules.NotesMax })
            : null;

    /// <summary>A local time in the network's zone (<c>yyyy-MM-ddTHH:mm</c>), or an instant with an explicit offset; null for anything else.</summary>
    private static DateTimeOffset? Instant(NetworkPlan plan, string? value)
    {
        var zone = NetworkPlanRules.SafeZone(plan.Network);
        if (DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return NetworkClock.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone);
        }

        return value is { Length: > 16 } && (value.EndsWith('Z') || value[^6] is '+' or '-')
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant : null;
    }

    private static string? Clean(string? notes) => string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();

    private static bool IsFollowUpId(string value) => value is { Length: 20 } && value.All(char.IsAsciiHexDigitLower);

    private static FollowUpDto Dto(Versioned<FollowUp> stored, DateTimeOffset now)
    {
        var f = stored.Value;
        return new FollowUpDto(f.Id, f.TeamId, f.Period, f.Mode, f.Start, f.End, f.DurationMinutes, f.State, FollowUpRules.IsHeld(f, now), f.AdvisorId, f.JoinUrl,
            f.ProposedStart, f.Notes, f.BookedBy, stored.Version);
    }
}
