using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// Where a team's prompt goes under the network's <see cref="PromptAudience"/>: a new thread in its linked channel,
/// and/or each member 1:1: in the personal chat the app has with them, else in one the app opens through the team's
/// channel (their Teams user id known from the roster). With 1:1 only and nobody reachable, the channel stands in.
/// </summary>
public static class TeamReach
{
    public static List<DeliveryRequest> Requests(NetworkPlan plan, NetworkTeam team, IReadOnlyDictionary<string, ConversationInstallation> personalChats, string activityJson)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(personalChats);
        var audience = plan.Network.Schedule.StatusPromptTo;
        var requests = new List<DeliveryRequest>();
        if (audience != PromptAudience.Channel)
        {
            foreach (var member in plan.CurrentMembersOf(team.Id))
            {
                if (member.AadObjectId is not { } aad)
                {
                    continue;
                }

                if (personalChats.TryGetValue(aad, out var chat))
                {
                    requests.Add(new DeliveryRequest(DeliveryTargets.Person(aad, chat, member.Name), DeliveryOperation.Post, activityJson));
                }
                else if (member.TeamsUserId is { } teamsId && team.Channel is { } link)
                {
                    requests.Add(new DeliveryRequest(DeliveryTargets.NewChat(aad, teamsId, link, member.Name), DeliveryOperation.NewChat, activityJson));
                }
            }
        }

        if (team.Channel is { } channel && (audience != PromptAudience.Members || requests.Count == 0))
        {
            requests.Insert(0, new DeliveryRequest(DeliveryTargets.TeamChannel(team, channel), DeliveryOperation.NewThread, activityJson));
        }

        return [.. requests.DistinctBy(r => r.Target.Key, StringComparer.Ordinal)];
    }
}
