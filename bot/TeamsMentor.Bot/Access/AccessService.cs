using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Access;

/// <summary>
/// Who may do what, in one place for card actions and tab endpoints alike: the network's rules
/// (<see cref="NetworkAccess"/>) plus the platform administrators (<c>Tab:Administrators</c>), who may administer every
/// network. People are named by Entra object id (a card action's <c>from.aadObjectId</c>, a tab token's <c>oid</c>).
/// </summary>
public sealed class AccessService(IOptions<TabOptions> tab)
{
    public bool IsAdministrator(string? aadObjectId) =>
        aadObjectId is not null && tab.Value.Administrators.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);

    /// <summary>The network's organizers, and platform administrators.</summary>
    public bool CanAdminister(string? aadObjectId, LearningNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return IsAdministrator(aadObjectId) || network.IsOrganizer(aadObjectId);
    }

    /// <summary>See and change a team's own work (its plan, tasks, reports): its members, and whoever administers the network.</summary>
    public bool CanWorkOn(NetworkPlan plan, string teamId, string? aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return NetworkAccess.IsMember(plan, teamId, aadObjectId) || CanAdminister(aadObjectId, plan.Network);
    }
}
