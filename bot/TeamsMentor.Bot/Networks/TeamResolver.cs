using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Networks;

/// <summary>
/// Finds the team an activity is about: in a channel, the team linked to it (whoever writes); elsewhere, the team
/// the sender belongs to (by Entra object id).
/// </summary>
public sealed class TeamResolver(INetworkRepository networks)
{
    public async Task<TeamScope?> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ChannelAddress.ChannelId(activity) is { } channelId && activity.TenantId is { } tenant)
        {
            var linked = await networks.FindTeamByChannelAsync(tenant, channelId, cancellationToken);
            return linked is { } l ? await ScopeAsync(l.NetworkId, l.TeamId, fromChannel: true, 1, cancellationToken) : null;
        }

        if (activity.From?.AadObjectId is not { } aad)
        {
            return null;
        }

        var teams = (await networks.FindMembershipsAsync(aad, cancellationToken)).Where(m => m.TeamId is not null).ToList();
        return teams.Count == 0 ? null : await ScopeAsync(teams[0].NetworkId, teams[0].TeamId!, fromChannel: false, teams.Count, cancellationToken);
    }

    private async Task<TeamScope?> ScopeAsync(string networkId, string teamId, bool fromChannel, int count, CancellationToken cancellationToken)
    {
        var plan = await networks.GetPlanAsync(networkId, cancellationToken);
        var team = plan?.Teams.FirstOrDefault(t => t.Id == teamId);
        return plan is null || team is null ? null : new TeamScope(plan, team, fromChannel, count);
    }
}
