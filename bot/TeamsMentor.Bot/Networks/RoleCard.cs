using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Networks;

/// <summary>"Min rolle": who the sender is in the team (if not yet known) and which roles they hold.</summary>
public static class RoleCard
{
    public const string MemberInput = "member";
    public const string RolesInput = "roles";
    public const string NewMember = "new";

    /// <param name="me">The sender's member record when known (by Entra id); otherwise they pick themselves.</param>
    public static JsonObject Build(CardText t, NetworkPlan plan, NetworkTeam team, Member? me,
        string? selectedMember = null, string? selectedRoles = null, string? error = null, string? saved = null)
    {
        var body = new JsonArray(Text(t["Role_Title"], size: "Medium", weight: "Bolder"));
        body.Add(Text(me is null ? t.Format("Role_IntroUnknown", team.Name) : t.Format("Role_IntroKnown", me.Name, team.Name)));
        if (saved is not null)
        {
            body.Add(Good(saved));
        }

        if (error is not null)
        {
            body.Add(Attention(error));
        }

        if (me is null)
        {
            var unclaimed = plan.MembersOf(team.Id).Where(m => m.AadObjectId is null).OrderBy(m => m.Name, StringComparer.Create(t.Culture, false));
            var choices = unclaimed.Select(m => (m.Name, m.Id)).Append((t["Role_NotOnList"], NewMember));
            body.Add(Choices(MemberInput, t["Role_WhoLabel"], choices, selectedMember, requiredMessage: t["Role_WhoRequired"]));
        }

        var roles = selectedRoles ?? (me is null ? null : string.Join(",", TeamRoleNames.ToNames(me.Roles)));
        body.Add(Choices(RolesInput, t["Role_RolesLabel"], t.Roles.Select(r => (r.Title, TeamRoleNames.ToNames(r.Role)[0])), roles, multiSelect: true));
        var data = new RoleCardData(plan.Network.Id, team.Id, me?.Id).ToJson();
        return Card(t["Role_Title"], body, new JsonArray(Execute(t["Role_Submit"], NetworkVerbs.MemberRole, data)));
    }
}
