using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Networks;

/// <summary>The network plan and team an activity is about, and whether that came from the channel's link.</summary>
public sealed record TeamScope(NetworkPlan Plan, NetworkTeam Team, bool FromChannel, int TeamCount = 1)
{
    public string NetworkId => Plan.Network.Id;
}
