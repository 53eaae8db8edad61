using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Bot.Privacy;

/// <summary>
/// <c>/api/tab/privacy</c>: a person's data, found, exported and erased. Administrators act in every network (and on
/// the rows shared across networks); an organizer only within the networks she administers, and only on people in
/// them; anyone may export their own data (<c>/mine</c>). Everyone else gets 403; a person outside the caller's
/// networks, 404.
/// </summary>
public static class PrivacyEndpoints
{
    internal const string Forbidden = "Only administrators, and the organizers of the person's network, can see or erase a person's data.";
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }; // æøå readable: a file, not HTML

    public static RouteGroupBuilder MapPrivacyApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab/privacy").RequireAuthorization(TabAuthentication.Policy).DisableAntiforgery();
        group.MapGet("/people", SearchAsync);
        group.MapGet("/people/export", ExportAsync);
        group.MapPost("/people/erase", EraseAsync);
        group.MapGet("/mine", MineAsync);
        group.MapGet("/erasures", ErasuresAsync);
        group.MapNetworkRetention();
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<PrivacyDtos.PersonHit>>, ProblemHttpResult>> SearchAsync(HttpContext http, string? q, string? networkId,
        INetworkRepository networks, AccessService access, CancellationToken ct)
    {
        if (await VisibleAsync(http, networks, access, networkId, ct) is not { } visible)
        {
            return Refused();
        }

        return string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2
            ? ApiProblems.Problem(400, ProblemCodes.PrivacyQueryTooShort, "Query too short", "Search with at least two letters of a name or e-mail address.")
            : TypedResults.Ok(DataSubjects.Search(visible.Plans, q.Trim()));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(HttpContext http, string? person, string? networkId,
        INetworkRepository networks, AccessService access, IPersonalDataStore store, BotText text, TimeProvider time, ILogger<PersonErasure> logger, CancellationToken ct)
    {
        if (await VisibleAsync(http, networks, access, networkId, ct) is not { } visible)
        {
            return Refused();
        }

        if (Subject(person, visible) is not var (subject, scope) || subject is null)
        {
            return NotFound(person);
        }

        var complete = await store.CompleteAsync(subject, ct);
        var rows = await store.FindAsync(complete, scope, visible.Admin && networkId is null, ct);
        // Least disclosure: the export names only the networks the caller may look at, not the person's others.
        complete = complete with { MemberIds = complete.MemberIds.Where(n => scope.Contains(n.Key)).ToDictionary(n => n.Key, n => n.Value, StringComparer.Ordinal) };
        PrivacyLog.Exported(logger, rows.Count, networkId ?? (visible.Admin ? "*" : "organizer"));
        return File(PersonalDataExport.Build(text, complete, rows, networkId ?? (visible.Admin ? "all" : string.Join(",", scope)), time.GetUtcNow()), "personopplysninger");
    }

    private static async Task<Results<Ok<PrivacyDtos.ErasureDto>, ProblemHttpResult>> EraseAsync(HttpContext http, INetworkRepository networks, AccessService access,
        PersonErasure erasure, CancellationToken ct)
    {
        var (body, error) = await PlanBody.ReadObjectAsync(http.Request, ct);
        var person = body?["person"]?.GetValueKind() == JsonValueKind.String ? (string?)body["person"] : null;
        var networkId = body?["networkId"]?.GetValueKind() == JsonValueKind.String ? (string?)body["networkId"] : null;
        if (await VisibleAsync(http, networks, access, networkId, ct) is not { } visible)
        {
            return Refused();
        }

        if (body is null)
        {
            return ApiProblems.Problem(400, ProblemCodes.UnreadableBody, "Unreadable body", error);
        }

        if (!visible.Admin && networkId is null)
        {
            return ApiProblems.Problem(400, ProblemCodes.PrivacyNetworkRequired, "Network required", "An organizer erases a person from one network: give networkId.");
        }

        if (Subject(person, visible) is not var (subject, _) || subject is null)
        {
            return NotFound(person);
        }

        var user = TabUser.From(http.User)!;
        var result = await erasure.EraseAsync(subject, networkId, user.ObjectId, "request", ct);
        if (result.Refused is { } refused)
        {
            return ApiProblems.Problem(409, ProblemCodes.PrivacyPlanRefused, "The plan refuses the change",
                "Erasing this person would leave the plan invalid (e.g. a network without organizers): " + string.Join(" ", refused.Errors.Select(e => e.Message)));
        }

        return TypedResults.Ok(new PrivacyDtos.ErasureDto(result.Event!.Id, result.Counts.Deleted, result.Counts.Changed, result.Event.Shared, result.Remaining,
            result.Counts.Tables.ToDictionary(t => t.Key, t => new PrivacyDtos.TableCountDto(t.Value.Deleted, t.Value.Changed), StringComparer.Ordinal)));
    }

    /// <summary>The caller's own data, in every network and the shared tables.</summary>
    private static async Task<FileContentHttpResult> MineAsync(HttpContext http, INetworkRepository networks, IPersonalDataStore store, BotText text, TimeProvider time,
        CancellationToken ct)
    {
        var user = TabUser.From(http.User)!;
        var subject = DataSubjects.Resolve(await networks.GetAllPlansAsync(ct), PersonKey.OfAad(user.ObjectId))
            ?? new DataSubject { AadObjectId = user.ObjectId.ToLowerInvariant(), Names = user.Name is { } n ? [n] : [] };
        subject = await store.CompleteAsync(subject, ct);
        var rows = await store.FindAsync(subject, subject.Networks, includeShared: true, ct);
        return File(PersonalDataExport.Build(text, subject, rows, "all", time.GetUtcNow()), "mine-data");
    }

    private static async Task<Results<Ok<List<PrivacyDtos.ErasureEventDto>>, ProblemHttpResult>> ErasuresAsync(HttpContext http, AccessService access, IPersonalDataStore store,
        CancellationToken ct)
    {
        if (!access.IsAdministrator(TabUser.From(http.User)?.ObjectId))
        {
            return ApiProblems.Problem(403, ProblemCodes.AdministratorsOnly, "Administrators only", "Only administrators can read the record of erasures.");
        }

        return TypedResults.Ok((await store.ListErasuresAsync(ct))
            .Select(e => new PrivacyDtos.ErasureEventDto(e.Id, e.At, e.RequestedBy, e.NetworkId, e.Shared, e.Deleted, e.Changed, e.Reason)).ToList());
    }

    /// <summary>The networks the caller may act in, whether she is an administrator, and every plan (read once per request).</summary>
    private sealed record Visible(IReadOnlyList<NetworkPlan> Plans, bool Admin, IReadOnlyList<NetworkPlan> All);

    /// <summary>The networks the caller may act in (all for an administrator; those she organizes), narrowed to <paramref name="networkId"/>; null: refused.</summary>
    private static async Task<Visible?> VisibleAsync(HttpContext http, INetworkRepository networks, AccessService access, string? networkId, CancellationToken ct)
    {
        var user = TabUser.From(http.User);
        var admin = access.IsAdministrator(user?.ObjectId);
        var all = await networks.GetAllPlansAsync(ct);
        var plans = all.Where(p => (networkId is null || p.Network.Id == networkId) && access.CanAdminister(user?.ObjectId, p.Network)).ToList();
        return user is null || (plans.Count == 0 && !(admin && networkId is null)) ? null : new Visible(plans, admin, all);
    }

    /// <summary>The person as every plan knows them (to tell whether shared rows may go), and the visible networks they are in.</summary>
    private static (DataSubject? Subject, IReadOnlyCollection<string> Scope)? Subject(string? person, Visible visible)
    {
        if (PersonKey.Parse(person) is not { } key || DataSubjects.Resolve(visible.All, key) is not { } subject)
        {
            return null;
        }

        var scope = subject.Networks.Where(n => visible.Plans.Any(p => p.Network.Id == n)).ToList();
        return scope.Count == 0 ? null : (subject, scope);
    }

    private static ProblemHttpResult Refused() => ApiProblems.Problem(403, ProblemCodes.OrganizersOnly, "Organizers only", Forbidden);

    private static ProblemHttpResult NotFound(string? person) =>
        ApiProblems.Problem(404, ProblemCodes.PrivacyPersonNotFound, "No such person", $"No one in your networks is '{person}'.");

    /// <summary>A JSON document as a download (indented, æøå as they are).</summary>
    internal static FileContentHttpResult File(System.Text.Json.Nodes.JsonObject document, string name) =>
        TypedResults.File(Encoding.UTF8.GetBytes(document.ToJsonString(Indented)), "application/json; charset=utf-8", $"{name}.json");
}
