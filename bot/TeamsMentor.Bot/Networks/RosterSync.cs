using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Protocol.Connector;

namespace TeamsMentor.Bot.Networks;

/// <summary>
/// Team membership from the linked channel's roster (paged members): a person in the plan without an Entra id is
/// matched by exact name when exactly one member has it; anyone else in the channel joins the team without roles. Each
/// member's Teams user id is kept up to date (the app opens 1:1 chats with it).
/// </summary>
public sealed class RosterSync(ConnectorClient connector, INetworkRepository networks, ILogger<RosterSync> logger)
{
    public async Task<int> SyncAsync(NetworkPlan plan, string teamId, string serviceUrl, string channelId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var roster = await connector.GetAllMembersAsync(serviceUrl, channelId, cancellationToken);
        if (!roster.IsSuccess)
        {
            NetworksLog.RosterUnavailable(logger, roster.Outcome, roster.ErrorCode ?? "-");
            return plan.MembersOf(teamId).Count();
        }

        var members = plan.MembersOf(teamId).ToList(); // those who left too: the roster may bring them back
        foreach (var person in roster.Value!.Where(p => p.AadObjectId is not null))
        {
            if (members.FirstOrDefault(m => string.Equals(m.AadObjectId, person.AadObjectId, StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                // In the roster again: a new Teams user id, or back after leaving the team.
                if (((person.Id is { Length: > 0 } teamsId && known.TeamsUserId != teamsId) || !known.IsCurrent)
                    && await networks.GetMemberAsync(plan.Network.Id, known.Id, cancellationToken) is { } current)
                {
                    await networks.SaveMemberAsync(plan.Network.Id, current.Value with { TeamsUserId = person.Id is { Length: > 0 } id ? id : current.Value.TeamsUserId, LeftAt = null },
                        current.Version, cancellationToken); // a conflict: the next sync
                }

                continue;
            }

            var sameName = members.Where(m => m.AadObjectId is null && string.Equals(m.Name, person.Name, StringComparison.OrdinalIgnoreCase)).ToList();
            Member member;
            string? version = null;
            if (sameName.Count == 1)
            {
                var stored = await networks.GetMemberAsync(plan.Network.Id, sameName[0].Id, cancellationToken);
                if (stored is null)
                {
                    continue;
                }

                member = stored.Value with { AadObjectId = person.AadObjectId, TeamsUserId = person.Id };
                version = stored.Version;
            }
            else if (!string.IsNullOrWhiteSpace(person.Name))
            {
                member = new Member
                {
                    Id = MemberIds.For(teamId, person.Name, person.AadObjectId!), TeamId = teamId, Name = person.Name, AadObjectId = person.AadObjectId,
                    TeamsUserId = person.Id, JoinedViaTeams = true,
                };
            }
            else
            {
                continue;
            }

            if (await networks.SaveMemberAsync(plan.Network.Id, member, version, cancellationToken) == WriteOutcome.Saved)
            {
                members.RemoveAll(m => m.Id == member.Id);
                members.Add(member);
            }
        }

        return members.Count;
    }
}
