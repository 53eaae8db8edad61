using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>
/// On re-import, keep what Teams taught us and the plan does not say: a team's linked channel, a member's Entra id.
/// Members who joined through Teams (not in the plan) stay, in their team, as long as the team does.
/// </summary>
internal static class PlanMerge
{
    public static NetworkPlan KeepLearned(NetworkPlan plan, IEnumerable<NetworkTeam> storedTeams, IEnumerable<Member> storedMembers)
    {
        var teams = storedTeams.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var members = storedMembers.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var planTeamIds = plan.Teams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var planMemberIds = plan.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var joinedInTeams = members.Values.Where(m => !planMemberIds.Contains(m.Id) && planTeamIds.Contains(m.TeamId) && m.AadObjectId is not null);

        return plan with
        {
            Teams = [.. plan.Teams.Select(t => t.Channel is null && teams.TryGetValue(t.Id, out var s) ? t with { Channel = s.Channel } : t)],
            Members =
            [
                .. plan.Members.Select(m => m.AadObjectId is null && members.TryGetValue(m.Id, out var s) && s.TeamId == m.TeamId ? m with { AadObjectId = s.AadObjectId } : m),
                .. joinedInTeams,
            ],
        };
    }
}
