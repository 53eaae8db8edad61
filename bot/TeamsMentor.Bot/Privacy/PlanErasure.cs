using System.Text;
using System.Text.Json.Nodes;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Bot.Privacy;

/// <summary>
/// A plan without a person: their member rows and organizer entry go, and every other mention (a team's contact person
/// or advisor, who linked a channel, a name in a text) is taken out as in every other table (<see cref="PersonalText"/>).
/// The result is read back exactly as an import is.
/// </summary>
public static class PlanErasure
{
    /// <summary>Whether the plan names the person at all (its document, or who linked a channel).</summary>
    public static bool Names(NetworkPlan plan, DataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(subject);
        var id = plan.Network.Id;
        return PersonalText.NamedIn(NetworkPlanWriter.ToJson(plan).ToJsonString(), subject, id)
            || plan.Teams.Select(t => t.Channel).Append(plan.Network.OrganizerChannel).Any(c => c?.LinkedBy is { } by && subject.IsNamedIn(by, id));
    }

    /// <summary>Rows of the plan the change deletes (member rows) and rewrites (the network's row, teams).</summary>
    public static (int Deleted, int Changed) Rows(NetworkPlan before, NetworkPlan after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var teams = after.Teams.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var changedTeams = before.Teams.Count(t => !teams.TryGetValue(t.Id, out var now) || now.ContactPersonId != t.ContactPersonId
            || now.AdvisorId != t.AdvisorId || now.Channel?.LinkedBy != t.Channel?.LinkedBy);
        var network = before.Network.Organizers.Count != after.Network.Organizers.Count || before.Network.OrganizerChannel?.LinkedBy != after.Network.OrganizerChannel?.LinkedBy;
        return (before.Members.Count - after.Members.Count, changedTeams + (network ? 1 : 0));
    }

    public static PlanReadResult Apply(NetworkPlan plan, DataSubject subject)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(subject);
        var id = plan.Network.Id;
        var memberIds = subject.MemberIdsIn(id).ToHashSet(StringComparer.Ordinal);
        var document = NetworkPlanWriter.ToJson(plan);
        foreach (var team in (document["teams"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (team["members"] is JsonArray members)
            {
                Remove(members, m => memberIds.Contains((string?)m["id"] ?? ""));
            }
        }

        if (document["organizers"] is JsonArray organizers)
        {
            Remove(organizers, o => subject.AadObjectIds.Contains((string?)o["aadObjectId"] ?? "", StringComparer.OrdinalIgnoreCase));
        }

        var text = PersonalText.Redact(document.ToJsonString(), subject, id) ?? "{}";
        var read = NetworkPlanDocument.Read(Encoding.UTF8.GetBytes(text));
        if (read.Plan is not { } erased)
        {
            return read;
        }

        // Linked channels are not in the document; who linked them is kept beside it.
        ChannelLink? Clean(ChannelLink? link) => link is { LinkedBy: { } by } && subject.IsNamedIn(by, id) ? link with { LinkedBy = null } : link;
        var channels = plan.Teams.ToDictionary(t => t.Id, t => t.Channel, StringComparer.Ordinal);
        return read with
        {
            Plan = erased with
            {
                Network = erased.Network with { OrganizerChannel = Clean(plan.Network.OrganizerChannel) },
                Teams = [.. erased.Teams.Select(t => t with { Channel = Clean(channels.GetValueOrDefault(t.Id)) })],
            },
        };
    }

    private static void Remove(JsonArray list, Func<JsonObject, bool> match)
    {
        for (var i = list.Count - 1; i >= 0; i--)
        {
            if (list[i] is JsonObject item && match(item))
            {
                list.RemoveAt(i);
            }
        }
    }
}
