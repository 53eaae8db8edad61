using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.Networks;

/// <summary>
/// <c>POST /api/tab/admin/networks/new</c>: an organizer starts a new network in the workspace, from a network she
/// administers as a template or from an empty plan (<see cref="PlanTemplate"/>), and becomes its organizer. Body:
/// <c>{ "id", "name", "start": "YYYY-MM-DD", "template": null | networkId, "withTeams": false }</c>. Platform
/// administrators and the organizers of any network may start one; a template must be one the caller administers.
/// </summary>
public static class NewNetworkEndpoint
{
    public static void MapNewNetwork(this RouteGroupBuilder group) => group.MapPost("/networks/new", CreateAsync);

    private static async Task<Results<Ok<PlanSaved>, ProblemHttpResult>> CreateAsync(
        HttpContext http, INetworkRepository networks, AccessService access, CancellationToken ct)
    {
        var user = TabUser.From(http.User)!;
        var (body, error) = await PlanBody.ReadObjectAsync(http.Request, ct);
        if (body is null)
        {
            return ApiProblems.Problem(400, ProblemCodes.UnreadableBody, "Unreadable body", error);
        }

        var (request, issues) = Read(body);
        if (request is null)
        {
            return ApiProblems.InvalidPlan(issues);
        }

        var all = await networks.GetAllPlansAsync(ct);
        var template = request.Template is null ? null : all.FirstOrDefault(p => p.Network.Id == request.Template);
        if (request.Template is not null && template is null)
        {
            return ApiProblems.Problem(404, ProblemCodes.NetworkNotFound, "No such network", $"There is no network '{request.Template}' to use as a template.");
        }

        var allowed = template is not null
            ? access.CanAdminister(user.ObjectId, template.Network)
            : access.IsAdministrator(user.ObjectId) || all.Any(p => access.CanAdminister(user.ObjectId, p.Network));
        if (!allowed)
        {
            return ApiProblems.Problem(403, ProblemCodes.NetworkStartNotAllowed, "Not allowed", template is not null
                ? "Only the template network's organizers can use its plan."
                : "Only organizers and platform administrators can start a network.");
        }

        if (all.Any(p => p.Network.Id == request.Id))
        {
            return TakenId(request.Id);
        }

        var creator = Creator(user, template);
        var plan = template is null
            ? PlanTemplate.Empty(request.Id, request.Name, request.Start, creator)
            : PlanTemplate.From(template, request.Id, request.Name, request.Start, creator, request.WithTeams);

        // The same validation as an import, so a new network is never one an import would refuse.
        var result = NetworkPlanDocument.Read(NetworkPlanWriter.Write(plan));
        if (!result.IsValid)
        {
            return ApiProblems.InvalidPlan(result.Issues);
        }

        var (outcome, version) = await networks.ImportAsync(result.Plan!, expectedVersion: null, ImportMode.Exact, ct);
        return outcome switch
        {
            WriteOutcome.Saved => Saved(http, result, version!),
            WriteOutcome.Failed => ApiProblems.Problem(503, ProblemCodes.StorageNotConfirmed, "Storage failed",
                "Table Storage did not confirm the save. The network is saved whole or not at all: reload to see which."),
            _ => TakenId(request.Id), // someone started one with the same id meanwhile
        };
    }

    private static Ok<PlanSaved> Saved(HttpContext http, PlanReadResult result, string version)
    {
        http.Response.Headers.ETag = version;
        return TypedResults.Ok(new PlanSaved(result.Plan!.Network.Id, version, [.. result.Warnings.Select(FieldIssue.From)]));
    }

    private static ProblemHttpResult TakenId(string id) =>
        ApiProblems.Problem(409, ProblemCodes.NetworkIdTaken, "The id is taken", $"There is already a network '{id}'. Choose another id.",
            new Dictionary<string, object?> { ["id"] = id });

    /// <summary>The caller as the new network's organizer: as the template lists her when it does (her id and e-mail), else by her name.</summary>
    private static Organizer Creator(TabUser user, NetworkPlan? template)
    {
        if (template?.Network.Organizers.FirstOrDefault(o => string.Equals(o.AadObjectId, user.ObjectId, StringComparison.OrdinalIgnoreCase)) is { } listed)
        {
            return listed;
        }

        var name = string.IsNullOrWhiteSpace(user.Name) ? "Arrangør" : user.Name.Trim();
        var id = "org-" + (MemberIds.Slug(name) is { Length: > 0 } slug ? slug : "arrangor");
        return new Organizer(id.Length > 63 ? id[..63].TrimEnd('-') : id, name, AadObjectId: user.ObjectId);
    }

    private sealed record NewNetwork(string Id, string Name, DateOnly Start, string? Template, bool WithTeams);

    /// <summary>The request's fields, or every problem with them (paths <c>$.id</c>, <c>$.name</c>, <c>$.start</c>, …).</summary>
    private static (NewNetwork? Request, List<PlanIssue> Issues) Read(JsonObject body)
    {
        var issues = new List<PlanIssue>();
        string? Text(string name)
        {
            var node = body[name];
            if (node is null)
            {
                return null;
            }

            if (node is JsonValue value && value.TryGetValue<string>(out var text))
            {
                return text.Trim();
            }

            issues.Add(PlanIssue.Error("$." + name, PlanIssueCodes.ExpectedString, "Expected a string."));
            return null;
        }

        var (id, name, startText, template) = (Text("id"), Text("name"), Text("start"), Text("template"));
        if (string.IsNullOrEmpty(name))
        {
            issues.Add(PlanIssue.Error("$.name", PlanIssueCodes.NameRequired, "The network's name is required."));
        }

        NetworkPlanRules.RequireSlug(id, "$.id", issues);

        DateOnly start = default;
        if (string.IsNullOrEmpty(startText))
        {
            issues.Add(PlanIssue.Required("$", "start"));
        }
        else if (!DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            issues.Add(PlanIssue.NotADate("$.start", startText));
        }
        else if (start.Year is < NetworkPlanDocument.MinYear or > NetworkPlanDocument.MaxYear - PlanTemplate.EmptyPeriodYears)
        {
            issues.Add(PlanIssue.YearOutOfRange("$.start", startText, NetworkPlanDocument.MinYear, NetworkPlanDocument.MaxYear - PlanTemplate.EmptyPeriodYears));
        }

        var withTeams = body["withTeams"] is JsonValue flag && flag.TryGetValue<bool>(out var b) && b;
        return issues.Count > 0 ? (null, issues) : (new NewNetwork(id!, name!, start, string.IsNullOrEmpty(template) ? null : template, withTeams), issues);
    }
}
