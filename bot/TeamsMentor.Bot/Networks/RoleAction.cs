using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Networks;

/// <summary>
/// <c>member.role</c>: the sender says who they are in the team (claiming a plan member or joining) and sets their
/// roles. The card's network and team must be the sender's own (the channel's team, or a team they belong to); a
/// member already tied to someone else cannot be claimed; concurrent edits surface as a conflict, input kept.
/// </summary>
public sealed class RoleAction(INetworkRepository networks, TeamResolver resolver) : ICardAction
{
    public static IReadOnlyList<string> Verbs { get; } = [NetworkVerbs.MemberRole];

    public async Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (action, t) = (context.Action, context.Text);
        var activity = context.Activity;
        var aad = activity.From?.AadObjectId;
        var data = RoleCardData.Read(action);
        var scope = await ScopeAsync(activity, data?.Network, data?.Team, cancellationToken);
        if (scope is null || aad is null)
        {
            return InvokeResponse.Card(NoticeCard.Build(t["Role_Title"], t["Card_ActionInvalid"]));
        }

        var chosenMember = data!.Member;
        var rolesText = action.DataString(RoleCard.RolesInput) ?? "";
        var me = NetworkAccess.MemberOf(scope.Plan, scope.Team.Id, aad);
        System.Text.Json.Nodes.JsonObject Retry(string error) => RoleCard.Build(t, scope.Plan, scope.Team, me, chosenMember, rolesText, error);

        if (!TryParseRoles(rolesText, out var roles))
        {
            return InvokeResponse.Card(Retry(t["Card_ActionInvalid"]));
        }

        var (member, version, error) = await TargetAsync(scope, me, chosenMember, activity, aad, t, cancellationToken);
        if (member is null)
        {
            return InvokeResponse.Card(Retry(error!));
        }

        var saved = member with { Roles = roles, AadObjectId = aad, TeamsUserId = activity.From?.Id ?? member.TeamsUserId };
        var outcome = await networks.SaveMemberAsync(scope.NetworkId, saved, version, cancellationToken);
        if (outcome != WriteOutcome.Saved)
        {
            return InvokeResponse.Card(Retry(t["Role_Conflict"]));
        }

        var fresh = await networks.GetPlanAsync(scope.NetworkId, cancellationToken) ?? scope.Plan;
        return InvokeResponse.Card(RoleCard.Build(t, fresh, scope.Team, saved, saved: t.Format("Role_Saved", saved.Name, t.RoleList(roles))));
    }

    private async Task<TeamScope?> ScopeAsync(Activity activity, string? networkId, string? teamId, CancellationToken cancellationToken)
    {
        var scope = await resolver.ResolveAsync(activity, cancellationToken);
        if (scope is not null && scope.NetworkId == networkId && scope.Team.Id == teamId)
        {
            return scope;
        }

        if (scope is null || scope.FromChannel || activity.From?.AadObjectId is not { } aad || networkId is null || teamId is null)
        {
            return null; // a card from another team's channel, or a forged one
        }

        var memberships = await networks.FindMembershipsAsync(aad, cancellationToken);
        if (!memberships.Any(m => m.NetworkId == networkId && m.TeamId == teamId))
        {
            return null;
        }

        var plan = await networks.GetPlanAsync(networkId, cancellationToken);
        var team = plan?.Teams.FirstOrDefault(x => x.Id == teamId);
        return plan is null || team is null ? null : new TeamScope(plan, team, false);
    }

    private async Task<(Member? Member, string? Version, string? Error)> TargetAsync(
        TeamScope scope, Member? me, string? chosen, Activity activity, string aad, CardText t, CancellationToken cancellationToken)
    {
        if (me is not null)
        {
            var stored = await networks.GetMemberAsync(scope.NetworkId, me.Id, cancellationToken);
            return stored is null ? (null, null, t["Role_Conflict"]) : (stored.Value, stored.Version, null);
        }

        if (chosen is null)
        {
            return (null, null, t["Role_WhoRequired"]);
        }

        if (chosen == RoleCard.NewMember)
        {
            var name = activity.From?.Name;
            if (string.IsNullOrWhiteSpace(name))
            {
                return (null, null, t["Role_NoName"]);
            }

            return (new Member { Id = MemberIds.For(scope.Team.Id, name, aad), TeamId = scope.Team.Id, Name = name, JoinedViaTeams = true }, null, null);
        }

        var existing = await networks.GetMemberAsync(scope.NetworkId, chosen, cancellationToken);
        if (existing is null || existing.Value.TeamId != scope.Team.Id)
        {
            return (null, null, t["Card_ActionInvalid"]);
        }

        if (existing.Value.AadObjectId is { } owner && !string.Equals(owner, aad, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, t.Format("Role_ClaimedByOther", existing.Value.Name));
        }

        return (existing.Value, existing.Version, null);
    }

    private static bool TryParseRoles(string text, out TeamRoles roles)
    {
        roles = TeamRoles.None;
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TeamRoleNames.TryParse(name, out var role))
            {
                return false;
            }

            roles |= role;
        }

        return true;
    }
}
