using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Access;

/// <summary>Who may see and change a team's plan: its own members, the network's organizers and platform administrators.</summary>
public static class TeamAccess
{
    public static bool IsMember(NetworkPlan plan, string teamId, TabUser user) =>
        plan?.MembersOf(teamId).Any(m => string.Equals(m.AadObjectId, user?.ObjectId, StringComparison.OrdinalIgnoreCase)) ?? false;

    public static bool CanWork(TabOptions options, NetworkPlan plan, string teamId, TabUser user) =>
        IsMember(plan, teamId, user) || AdminAccess.CanAdminister(options, user, plan?.Network!);
}
