using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Networks;

/// <summary>What other features do when a team's channel has just been linked (e.g. open screen sends the invites of sessions scheduled before).</summary>
public interface ITeamChannelLinked
{
    Task OnLinkedAsync(NetworkPlan plan, string teamId, DateTimeOffset now, CancellationToken cancellationToken);
}
