using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Access;

/// <summary>Who may administer what: a network's organizers their network; platform administrators everything.</summary>
public static class AdminAccess
{
    public static bool IsAdministrator(TabOptions options, TabUser user) =>
        options?.Administrators.Contains(user?.ObjectId, StringComparer.OrdinalIgnoreCase) ?? false;

    public static bool CanAdminister(TabOptions options, TabUser user, LearningNetwork network) =>
        IsAdministrator(options, user) || (network?.IsOrganizer(user?.ObjectId) ?? false);

    /// <summary>For the organizers' read APIs: 404 for an unknown network, 403 for anyone who does not organize it, else null.</summary>
    public static ProblemHttpResult? Refused(HttpContext http, NetworkPlan? plan, TabOptions tab, string networkId)
    {
        ArgumentNullException.ThrowIfNull(http);
        return plan is null ? ApiProblems.Problem(404, "No such network", $"There is no network '{networkId}'.")
            : !CanAdminister(tab, TabUser.From(http.User)!, plan.Network) ? ApiProblems.Problem(403, "Organizers only", "Only the network's organizers can see this.")
            : null;
    }
}
