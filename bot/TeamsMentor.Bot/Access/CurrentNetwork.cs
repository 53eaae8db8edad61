using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Access;

/// <summary>
/// The network an organizers' endpoint is about and who calls it, loaded once per request by <see cref="OrganizerFilter"/>
/// (a scoped service, after davidfowl/TodoApi's <c>CurrentUser</c>). An endpoint behind the filter takes it as a parameter.
/// </summary>
public sealed class CurrentNetwork
{
    private NetworkPlan? _plan;
    private TabUser? _user;

    public NetworkPlan Plan => _plan ?? throw new InvalidOperationException("The endpoint is not behind RequireOrganizer().");

    public TabUser User => _user ?? throw new InvalidOperationException("The endpoint is not behind RequireOrganizer().");

    public string Id => Plan.Network.Id;

    internal void Set(NetworkPlan plan, TabUser user) => (_plan, _user) = (plan, user);
}
