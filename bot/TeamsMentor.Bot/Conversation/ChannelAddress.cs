using TeamsMentor.Domain.Networks;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>Where in Teams an activity comes from: the channel id (without a thread's ";messageid=") and the team.</summary>
public static class ChannelAddress
{
    public static bool IsChannel(Activity activity) =>
        string.Equals(activity?.Conversation?.ConversationType, ConversationTypes.Channel, StringComparison.Ordinal)
        || activity?.ChannelData?.Channel?.Id is not null;

    public static string? ChannelId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData?.Channel?.Id is { Length: > 0 } id)
        {
            return id;
        }

        var conversation = activity.Conversation?.Id;
        if (conversation is null || !IsChannel(activity))
        {
            return null;
        }

        var thread = conversation.IndexOf(";messageid=", StringComparison.Ordinal);
        return thread < 0 ? conversation : conversation[..thread];
    }

    /// <summary>
    /// Whether a card about <paramref name="team"/> was used in a channel linked to another team (a forged or moved
    /// card): its own channel needs no lookup; an unlinked channel or a chat is not another team's.
    /// </summary>
    public static async Task<bool> IsAnotherTeamsAsync(Activity activity, NetworkPlan plan, NetworkTeam team, INetworkRepository networks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(networks);
        return ChannelId(activity) is { } channelId && activity.TenantId is { } tenant
            && !(team.Channel is { } own && own.ChannelId == channelId && own.TenantId == tenant)
            && await networks.FindTeamByChannelAsync(tenant, channelId, cancellationToken) is { } linked
            && (linked.NetworkId != plan.Network.Id || linked.TeamId != team.Id);
    }
}
