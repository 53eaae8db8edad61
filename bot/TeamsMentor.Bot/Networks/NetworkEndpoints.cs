using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.Networks;

/// <summary>
/// <c>/api/tab/admin</c>: organizers administer their network (plan import and export; gatherings, teams, tasks and
/// members with roles). Every call is authenticated (Entra SSO token, or the Development sign-in) and authorized per
/// network; every edit is validated like an import and guarded by the plan's ETag (<c>If-Match</c>), so nothing is
/// stored half and no one's change is silently overwritten.
/// </summary>
public static class NetworkEndpoints
{
    /// <summary>What a non-organizer is told when refused an edit.</summary>
    public const string ChangeForbidden = "Only the network's organizers can change it.";

    public static RouteGroupBuilder MapNetworkApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab/admin").RequireAuthorization(TabAuthentication.Policy).DisableAntiforgery();
        group.MapGet("/networks", ListAsync);
        group.MapPost("/networks", ImportAsync);
        group.MapNewNetwork();
        group.MapGet("/networks/{networkId}/plan", ExportAsync).RequireOrganizer("Only the network's organizers can read its plan here.");
        var edits = group.MapGroup("/networks/{networkId}").RequireOrganizer(ChangeForbidden);
        edits.MapPut("/gatherings/{number:int}", (HttpContext h, int number, CurrentNetwork network, Editor e, CancellationToken ct) =>
            e.WithBodyAsync(h, network.Id, (plan, body) => PlanEdits.PutGathering(plan, number, body), ct));
        edits.MapDelete("/gatherings/{number:int}", (HttpContext h, int number, CurrentNetwork network, Editor e, CancellationToken ct) =>
            e.EditAsync(h, network.Id, plan => PlanEdits.DeleteGathering(plan, number), ct));
        MapItem(edits, "municipalities", PlanEdits.PutMunicipality, PlanEdits.DeleteMunicipality);
        MapItem(edits, "teams", PlanEdits.PutTeam, PlanEdits.DeleteTeam);
        MapItem(edits, "tasks", PlanEdits.PutTask, PlanEdits.DeleteTask);
        MapItem(edits, "members", PlanEdits.PutMember, PlanEdits.DeleteMember);
        return group;
    }

    /// <summary><c>PUT</c> (body: the item in plan format) and <c>DELETE</c> for one kind of item addressed by id.</summary>
    private static void MapItem(RouteGroupBuilder edits, string segment, Func<JsonObject, string, JsonObject, PlanRefusal?> put, Func<JsonObject, string, PlanRefusal?> delete)
    {
        edits.MapPut($"/{segment}/{{id}}", (HttpContext h, string id, CurrentNetwork network, Editor e, CancellationToken ct) =>
            e.WithBodyAsync(h, network.Id, (plan, body) => put(plan, id, body), ct));
        edits.MapDelete($"/{segment}/{{id}}", (HttpContext h, string id, CurrentNetwork network, Editor e, CancellationToken ct) =>
            e.EditAsync(h, network.Id, plan => delete(plan, id), ct));
    }

    private static async Task<Ok<List<NetworkListItem>>> ListAsync(HttpContext http, INetworkRepository networks, AccessService access, CancellationToken ct)
    {
        var user = TabUser.From(http.User)!;
        var list = (await networks.GetAllPlansAsync(ct))
            .Where(plan => access.CanAdminister(user.ObjectId, plan.Network))
            .Select(plan => new NetworkListItem(plan.Network.Id, plan.Network.Name, plan.Network.Start, plan.Network.End))
            .ToList();
        return TypedResults.Ok(list);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(HttpContext http, CurrentNetwork network, INetworkRepository networks,
        CancellationToken ct)
    {
        var current = await networks.GetVersionedPlanAsync(network.Id, ct);
        if (current is null)
        {
            return ApiProblems.Problem(404, ProblemCodes.NetworkNotFound, "No such network", $"There is no network '{network.Id}'.");
        }

        http.Response.Headers.ETag = current.Version;
        return TypedResults.File(NetworkPlanWriter.Write(current.Value), "application/json", $"{network.Id}.json");
    }

    private static async Task<Results<Ok<PlanSaved>, ProblemHttpResult>> ImportAsync(
        HttpContext http, INetworkRepository networks, AccessService access, CancellationToken ct)
    {
        var user = TabUser.From(http.User)!;
        var (bytes, error) = await PlanBody.ReadBytesAsync(http.Request, ct);
        if (bytes is null)
        {
            return ApiProblems.Problem(400, ProblemCodes.UnreadableBody, "Unreadable body", error);
        }

        var result = NetworkPlanDocument.Read(bytes);
        if (!result.IsValid)
        {
            return ApiProblems.InvalidPlan(result.Issues);
        }

        var plan = result.Plan!;
        var current = await networks.GetVersionedPlanAsync(plan.Network.Id, ct);
        if (current is null ? !access.IsAdministrator(user.ObjectId) : !access.CanAdminister(user.ObjectId, current.Value.Network))
        {
            return ApiProblems.Problem(403, current is null ? ProblemCodes.PlanNewNetworkAdminsOnly : ProblemCodes.OrganizersOnly, "Not allowed", current is null
                ? "Only platform administrators (Tab:Administrators) can create a new network."
                : "Only the network's organizers can import its plan.");
        }

        if (current is not null)
        {
            // Re-importing over a plan someone may have changed: the same If-Match rule as every edit.
            var ifMatch = http.Request.Headers.IfMatch.ToString();
            if (string.IsNullOrEmpty(ifMatch))
            {
                return ApiProblems.Problem(428, ProblemCodes.IfMatchRequired, "If-Match required", $"The network '{plan.Network.Id}' exists: send If-Match with its ETag (from GET .../plan) to replace its plan.");
            }

            if (ifMatch != current.Version)
            {
                return ApiProblems.Problem(412, ProblemCodes.PlanChanged, "The plan has changed", "Someone changed the plan since you exported it. Export it again and re-apply your changes.");
            }
        }

        return await Editor.SaveAsync(http, networks, access, user, plan, result.Warnings, current?.Version, ImportMode.Merge, ct);
    }

    /// <summary>The shared path of every edit: read at a version, change the document, validate, save at that version.</summary>
    public sealed class Editor(INetworkRepository networks, AccessService access)
    {
        public async Task<Results<Ok<PlanSaved>, ProblemHttpResult>> WithBodyAsync(
            HttpContext http, string networkId, Func<JsonObject, JsonObject, PlanRefusal?> edit, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(http);
            var (body, error) = await PlanBody.ReadObjectAsync(http.Request, ct);
            return body is null
                ? ApiProblems.Problem(400, ProblemCodes.UnreadableBody, "Unreadable body", error)
                : await EditAsync(http, networkId, plan => edit(plan, body), ct);
        }

        public async Task<Results<Ok<PlanSaved>, ProblemHttpResult>> EditAsync(HttpContext http, string networkId, Func<JsonObject, PlanRefusal?> edit, CancellationToken ct)
        {
            ArgumentNullException.ThrowIfNull(http);
            ArgumentNullException.ThrowIfNull(edit);
            var user = TabUser.From(http.User)!;
            var current = await networks.GetVersionedPlanAsync(networkId, ct);
            if (current is null)
            {
                return ApiProblems.Problem(404, ProblemCodes.NetworkNotFound, "No such network", $"There is no network '{networkId}'.");
            }

            if (!access.CanAdminister(user.ObjectId, current.Value.Network))
            {
                return ApiProblems.Problem(403, ProblemCodes.OrganizersOnly, "Organizers only", ChangeForbidden); // the organizers changed since the request began
            }

            var ifMatch = http.Request.Headers.IfMatch.ToString();
            if (string.IsNullOrEmpty(ifMatch))
            {
                return ApiProblems.Problem(428, ProblemCodes.IfMatchRequired, "If-Match required", "Send If-Match with the plan's ETag (from GET .../plan), so no one else's change is overwritten.");
            }

            if (ifMatch != current.Version)
            {
                return ApiProblems.Problem(412, ProblemCodes.PlanChanged, "The plan has changed", "Someone changed the plan since you read it. Reload it and make your change again.");
            }

            var (result, refusal) = PlanEdits.Apply(current.Value, edit);
            if (refusal is not null)
            {
                return ApiProblems.Problem(400, refusal.Code, "The change cannot be made", refusal.Detail, refusal.Args);
            }

            return result!.IsValid
                ? await SaveAsync(http, networks, access, user, result.Plan!, result.Warnings, current.Version, ImportMode.Exact, ct)
                : ApiProblems.InvalidPlan(result.Issues);
        }

        internal static async Task<Results<Ok<PlanSaved>, ProblemHttpResult>> SaveAsync(
            HttpContext http, INetworkRepository networks, AccessService access, TabUser user, NetworkPlan plan, IEnumerable<PlanIssue> warnings, string? version, ImportMode mode, CancellationToken ct)
        {
            if (!access.CanAdminister(user.ObjectId, plan.Network))
            {
                return ApiProblems.Problem(400, ProblemCodes.PlanLockout, "You would lock yourself out", "You are not among the plan's organizers (by Entra object id), so you could no longer administer it.");
            }

            var (outcome, newVersion) = await networks.ImportAsync(plan, version, mode, ct);
            if (outcome == WriteOutcome.Failed)
            {
                return ApiProblems.Problem(503, ProblemCodes.StorageNotConfirmed, "Storage failed", "Table Storage did not confirm the save. The plan is saved whole or not at all: reload it to see which.");
            }

            if (outcome != WriteOutcome.Saved)
            {
                return ApiProblems.Problem(412, ProblemCodes.PlanChanged, "The plan has changed", "Someone changed the plan (or a member in Teams) while you saved. Reload it and try again.");
            }

            http.Response.Headers.ETag = newVersion;
            return TypedResults.Ok(new PlanSaved(plan.Network.Id, newVersion!, [.. warnings.Select(FieldIssue.From)]));
        }
    }
}
