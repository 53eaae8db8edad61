using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Admin;

/// <summary>Who may administer what: a network's organizers their network; platform administrators everything.</summary>
public static class AdminAccess
{
    public static bool IsAdministrator(TabOptions options, TabUser user) =>
        options?.Administrators.Contains(user?.ObjectId, StringComparer.OrdinalIgnoreCase) ?? false;

    public static bool CanAdminister(TabOptions options, TabUser user, LearningNetwork network) =>
        IsAdministrator(options, user) || (network?.IsOrganizer(user?.ObjectId) ?? false);
}
