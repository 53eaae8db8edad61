using TeamsMentor.Domain.Networks;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Networks;

/// <summary>
/// Someone removed from a Teams team (<c>conversationUpdate</c> with them in <c>membersRemoved</c>) is marked as having
/// left each network team whose linked channel is in that Teams team: <see cref="Member.LeftAt"/>, not erased. Their
/// reports and history stay, no more prompts go to them, and the roster brings them back should they return.
/// </summary>
public sealed class TeamDepartures(INetworkRepository networks, TimeProvider time)
{
    /// <summary>How many memberships were marked as left.</summary>
    public async Task<int> MarkAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        // Teams names the person by Entra id when it can, and always by Teams user id (which the roster taught us).
        var removed = (activity.MembersRemoved ?? []).Where(m => m.Id != botId).ToList();
        var gone = removed.Select(m => m.AadObjectId).Concat(removed.Select(m => m.Id)).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (gone.Count == 0 || activity.ChannelData?.Team?.Id is not { } teamsTeamId || activity.TenantId is not { } tenant)
        {
            return 0;
        }

        var marked = 0;
        foreach (var plan in await networks.GetAllPlansAsync(cancellationToken))
        {
            var teams = plan.Teams.Where(t => t.Channel is { } c && c.TenantId == tenant && c.TeamsTeamId == teamsTeamId).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var member in plan.Members.Where(m => teams.Contains(m.TeamId) && m.IsCurrent
                && ((m.AadObjectId is { } aad && gone.Contains(aad)) || (m.TeamsUserId is { } teamsId && gone.Contains(teamsId)))))
            {
                if (await networks.GetMemberAsync(plan.Network.Id, member.Id, cancellationToken) is { } current
                    && await networks.SaveMemberAsync(plan.Network.Id, current.Value with { LeftAt = time.GetUtcNow() }, current.Version, cancellationToken)
                        == Domain.Storage.WriteOutcome.Saved)
                {
                    marked++;
                }
            }
        }

        return marked;
    }
}
