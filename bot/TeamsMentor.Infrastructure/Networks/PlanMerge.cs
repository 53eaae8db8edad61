using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>
/// What a written plan keeps of what only Teams knows (see <see cref="ImportMode"/>): always the linked channels (the
/// teams' and the organizers') and
/// who joined through Teams; on a full import also Entra ids the document leaves empty (whatever the team) and the
/// people who joined through Teams and are not in the document, as long as their team is; and each member's Teams user
/// id while their Entra id stays the same.
/// </summary>
internal static class PlanMerge
{
    public static NetworkPlan KeepLearned(NetworkPlan plan, LearningNetwork? storedNetwork, IEnumerable<NetworkTeam> storedTeams, IEnumerable<Member> storedMembers, ImportMode mode)
    {
        var teams = storedTeams.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var members = storedMembers.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var planTeamIds = plan.Teams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var planMemberIds = plan.Members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);

        Member Learned(Member m)
        {
            if (!members.TryGetValue(m.Id, out var stored))
            {
                return m;
            }

            var kept = m with { JoinedViaTeams = stored.JoinedViaTeams, LeftAt = stored.LeftAt };
            kept = mode == ImportMode.Merge && m.AadObjectId is null ? kept with { AadObjectId = stored.AadObjectId } : kept;
            // The Teams user id belongs to the Entra id it was learned with; it goes when that changes.
            return kept.TeamsUserId is null && string.Equals(kept.AadObjectId, stored.AadObjectId, StringComparison.OrdinalIgnoreCase)
                ? kept with { TeamsUserId = stored.TeamsUserId } : kept;
        }

        var joined = mode == ImportMode.Merge
            ? members.Values.Where(m => m.JoinedViaTeams && !planMemberIds.Contains(m.Id) && planTeamIds.Contains(m.TeamId))
            : [];
        return plan with
        {
            Network = plan.Network.OrganizerChannel is null ? plan.Network with { OrganizerChannel = storedNetwork?.OrganizerChannel } : plan.Network,
            Teams = [.. plan.Teams.Select(t => t.Channel is null && teams.TryGetValue(t.Id, out var s) ? t with { Channel = s.Channel } : t)],
            Members = [.. plan.Members.Select(Learned), .. joined],
        };
    }
}
