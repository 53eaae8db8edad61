using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Networks;

/// <summary>"Koble kanalen": an organizer picks the municipality team that works in this channel, or the network's organizers.</summary>
public static class LinkCard
{
    public const string TeamInput = "team";

    /// <summary>The team part of the choice that makes the channel the network's organizers' channel.</summary>
    public const string OrganizersChoice = "@organizers";

    /// <summary>The picker. <paramref name="plans"/> are every network's plan; values are <c>network/team</c>.</summary>
    public static JsonObject Build(CardText t, IReadOnlyList<NetworkPlan> plans, string? current = null, string? selected = null, string? error = null)
    {
        var body = new JsonArray(Text(t["Link_Title"], size: "Medium", weight: "Bolder"), Text(t["Link_Intro"]));
        if (current is not null)
        {
            body.Add(Good(t.Format("Link_Current", current)));
        }

        if (error is not null)
        {
            body.Add(Attention(error));
        }

        var choices = plans.SelectMany(p => p.Teams.Select(team => (Title: $"{team.Name} ({p.Network.Name})", Value: $"{p.Network.Id}/{team.Id}"))
            .Append((Title: t.Format("Link_OrganizersChoice", p.Network.Name), Value: $"{p.Network.Id}/{OrganizersChoice}")));
        body.Add(Choices(TeamInput, t["Link_TeamLabel"], choices, selected, requiredMessage: t["Link_TeamRequired"]));
        return Card(t["Link_Title"], body, new JsonArray(Execute(t["Link_Submit"], NetworkVerbs.TeamLink)));
    }

    /// <summary>What everyone in the channel sees once it is linked.</summary>
    public static JsonObject Linked(CardText t, NetworkPlan plan, NetworkTeam team, int memberCount, string? linkedBy)
    {
        var body = new JsonArray(
            Text(t["Link_Title"], size: "Medium", weight: "Bolder"),
            Good(t.Format("Link_Done", team.Name, plan.Network.Name)),
            Text(t.Format("Link_Members", memberCount)));
        var members = plan.CurrentMembersOf(team.Id).ToList();
        if (!members.Any(m => m.Has(TeamRoles.Leader)))
        {
            body.Add(Attention(t["Link_MissingLeader"]));
        }

        if (!members.Any(m => m.Has(TeamRoles.UnionRep)))
        {
            body.Add(Attention(t["Link_MissingUnionRep"]));
        }

        if (!string.IsNullOrWhiteSpace(linkedBy))
        {
            body.Add(Text(t.Format("Link_DoneBy", linkedBy), subtle: true));
        }

        return Card(t.Format("Link_Done", team.Name, plan.Network.Name), body);
    }

    /// <summary>What everyone in the channel sees once it is the organizers' channel.</summary>
    public static JsonObject LinkedOrganizers(CardText t, NetworkPlan plan, string? linkedBy)
    {
        var body = new JsonArray(
            Text(t["Link_Title"], size: "Medium", weight: "Bolder"),
            Good(t.Format("Link_OrganizersDone", plan.Network.Name)),
            Text(t["Link_OrganizersWhat"]));
        if (!string.IsNullOrWhiteSpace(linkedBy))
        {
            body.Add(Text(t.Format("Link_DoneBy", linkedBy), subtle: true));
        }

        return Card(t.Format("Link_OrganizersDone", plan.Network.Name), body);
    }
}
