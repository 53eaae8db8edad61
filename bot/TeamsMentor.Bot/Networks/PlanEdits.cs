using System.Text.Json.Nodes;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;

namespace TeamsMentor.Bot.Networks;

/// <summary>
/// Edits expressed on the plan document (the import format), so an edit is validated exactly like an import and its
/// errors carry the same JSON paths. Each method returns why the edit cannot be made, or null when it was applied.
/// </summary>
public static class PlanEdits
{
    /// <summary>
    /// Applies <paramref name="edit"/> to the plan's document and reads the result exactly as an import is read: the
    /// refusal when the edit cannot be made, else the read (valid, or with every issue).
    /// </summary>
    public static (PlanReadResult? Result, PlanRefusal? Refusal) Apply(NetworkPlan plan, Func<JsonObject, PlanRefusal?> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var document = NetworkPlanWriter.ToJson(plan);
        return edit(document) is { } refusal
            ? (null, refusal)
            : (NetworkPlanDocument.Read(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString())), null);
    }

    public static PlanRefusal? PutGathering(JsonObject plan, int number, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(body);
        body["number"] = number;
        var list = Array(plan, "gatherings");
        var index = IndexOf(list, g => (int?)g["number"] == number);
        if (index >= 0)
        {
            list[index] = body;
            return null;
        }

        if (number != list.Count + 1)
        {
            return new PlanRefusal(ProblemCodes.PlanGatheringNumbering, $"Gatherings are numbered in order: the next new one is {list.Count + 1}.",
                new Dictionary<string, object?> { ["next"] = list.Count + 1 });
        }

        list.Add(body);
        return null;
    }

    /// <summary>Sets when a gathering's evaluation opens (a local time in the plan's zone, to the minute).</summary>
    public static PlanRefusal? SetEvaluationOpens(JsonObject plan, int number, DateTime local)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (Array(plan, "gatherings").FirstOrDefault(g => (int?)g?["number"] == number) is not JsonObject gathering)
        {
            return new PlanRefusal(ProblemCodes.PlanChangeNotPossible, $"There is no gathering {number}.");
        }

        gathering["evaluationOpens"] = local.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return null;
    }

    public static PlanRefusal? DeleteGathering(JsonObject plan, int number) => Remove(Array(plan, "gatherings"), g => (int?)g["number"] == number, $"gathering {number}");

    public static PlanRefusal? PutMunicipality(JsonObject plan, string municipalityId, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        body["id"] = municipalityId;
        var list = Array(plan, "municipalities");
        Upsert(list, IndexOf(list, m => (string?)m["id"] == municipalityId), body);
        return null;
    }

    public static PlanRefusal? DeleteMunicipality(JsonObject plan, string municipalityId) =>
        Remove(Array(plan, "municipalities"), m => (string?)m["id"] == municipalityId, $"municipality '{municipalityId}'");

    public static PlanRefusal? PutTeam(JsonObject plan, string teamId, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        body["id"] = teamId;
        var teams = Array(plan, "teams");
        var index = IndexOf(teams, t => (string?)t["id"] == teamId);
        if (index >= 0 && body["members"] is null)
        {
            body["members"] = teams[index]!["members"]?.DeepClone(); // editing a team keeps its members
        }

        Upsert(teams, index, body);
        return null;
    }

    public static PlanRefusal? DeleteTeam(JsonObject plan, string teamId) => Remove(Array(plan, "teams"), t => (string?)t["id"] == teamId, $"team '{teamId}'");

    public static PlanRefusal? PutTask(JsonObject plan, string taskId, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        body["id"] = taskId;
        var tasks = Array(plan, "tasks");
        Upsert(tasks, IndexOf(tasks, t => (string?)t["id"] == taskId), body);
        return null;
    }

    public static PlanRefusal? DeleteTask(JsonObject plan, string taskId) => Remove(Array(plan, "tasks"), t => (string?)t["id"] == taskId, $"task '{taskId}'");

    public static PlanRefusal? PutEvaluationItem(JsonObject plan, string itemId, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        body["id"] = itemId;
        var items = Array(plan, "evaluationItems");
        Upsert(items, IndexOf(items, i => (string?)i["id"] == itemId), body);
        return null;
    }

    public static PlanRefusal? DeleteEvaluationItem(JsonObject plan, string itemId) =>
        Remove(Array(plan, "evaluationItems"), i => (string?)i["id"] == itemId, $"evaluation item '{itemId}'");

    /// <summary>Adds or changes a member; the body names the member's <c>team</c> (moving between teams is allowed).</summary>
    public static PlanRefusal? PutMember(JsonObject plan, string memberId, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body["team"] is not JsonValue teamValue || !teamValue.TryGetValue<string>(out var teamId))
        {
            return new PlanRefusal(ProblemCodes.PlanMemberNeedsTeam, "The member needs 'team': the id of the team they belong to.");
        }

        body.Remove("team");
        body["id"] = memberId;
        var target = Array(plan, "teams").OfType<JsonObject>().FirstOrDefault(t => (string?)t["id"] == teamId);
        if (target is null)
        {
            return new PlanRefusal(ProblemCodes.PlanChangeNotPossible, $"There is no team '{teamId}'.");
        }

        var members = target["members"] as JsonArray ?? [];
        target["members"] = members;
        var index = IndexOf(members, m => (string?)m["id"] == memberId);
        var previous = FindMember(plan, memberId);
        foreach (var kept in new[] { "aadObjectId", "guest" })
        {
            // What the body leaves out of a known person is kept (their Teams identity above all), also across a move.
            if (!body.ContainsKey(kept) && previous?[kept] is { } value)
            {
                body[kept] = value.DeepClone();
            }
        }

        if (index < 0)
        {
            DeleteMember(plan, memberId);
        }

        Upsert(members, index, body);
        return null;
    }

    public static PlanRefusal? DeleteMember(JsonObject plan, string memberId)
    {
        foreach (var team in Array(plan, "teams").OfType<JsonObject>())
        {
            if (team["members"] is JsonArray members && Remove(members, m => (string?)m["id"] == memberId, "") is null)
            {
                return null;
            }
        }

        return new PlanRefusal(ProblemCodes.PlanChangeNotPossible, $"There is no member '{memberId}'.");
    }

    private static JsonObject? FindMember(JsonObject plan, string memberId) =>
        Array(plan, "teams").OfType<JsonObject>()
            .SelectMany(t => (t["members"] as JsonArray ?? []).OfType<JsonObject>())
            .FirstOrDefault(m => (string?)m["id"] == memberId);

    private static JsonArray Array(JsonObject plan, string name)
    {
        if (plan[name] is not JsonArray list)
        {
            list = [];
            plan[name] = list;
        }

        return list;
    }

    private static int IndexOf(JsonArray list, Func<JsonNode, bool> match)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is { } item && match(item))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Upsert(JsonArray list, int index, JsonObject item)
    {
        if (index >= 0)
        {
            list[index] = item;
        }
        else
        {
            list.Add(item);
        }
    }

    private static PlanRefusal? Remove(JsonArray list, Func<JsonNode, bool> match, string what)
    {
        var index = IndexOf(list, match);
        if (index < 0)
        {
            return new PlanRefusal(ProblemCodes.PlanChangeNotPossible, $"There is no {what}.");
        }

        list.RemoveAt(index);
        return null;
    }
}

/// <summary>Why a plan edit cannot be made: the problem code the tab says in the person's language, the English detail, and the code's values.</summary>
public sealed record PlanRefusal(ProblemCode Code, string Detail, IReadOnlyDictionary<string, object?>? Args = null);
