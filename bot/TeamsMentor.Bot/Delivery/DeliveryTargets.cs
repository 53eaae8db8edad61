using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Delivery;

/// <summary>Where a delivery goes: a team's linked channel, a network's organizers' channel, or one person's personal chat (keys from <see cref="DeliveryKeys"/>).</summary>
public static class DeliveryTargets
{
    public static DeliveryTarget TeamChannel(NetworkTeam team, ChannelLink channel)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(channel);
        return new(DeliveryKeys.TeamChannel(team.Id), channel.TenantId, channel.ServiceUrl, channel.ChannelId, team.Name);
    }

    public static DeliveryTarget OrganizersChannel(LearningNetwork network, ChannelLink channel)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(channel);
        return new(DeliveryKeys.OrganizersChannel(network.Id), channel.TenantId, channel.ServiceUrl, channel.ChannelId, network.Name);
    }

    /// <summary>A person the app has no chat with yet, reached through the team's channel's tenant and service (<see cref="DeliveryOperation.NewChat"/>).</summary>
    public static DeliveryTarget NewChat(string aadObjectId, string teamsUserId, ChannelLink channel, string? name)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        ArgumentNullException.ThrowIfNull(channel);
        return new(DeliveryKeys.Person(aadObjectId), channel.TenantId, channel.ServiceUrl, teamsUserId, name);
    }

    public static DeliveryTarget Person(string aadObjectId, ConversationInstallation chat, string? name)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        ArgumentNullException.ThrowIfNull(chat);
        return new(DeliveryKeys.Person(aadObjectId), chat.TenantId, chat.ServiceUrl, chat.ConversationId, name);
    }
}
