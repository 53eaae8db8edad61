using TeamsMentor.Bot.Networks;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>When a team's channel is linked, the upcoming sessions that invite the team get their invite there.</summary>
public sealed class OpenScreenLateInvites(OpenScreenService openScreen) : ITeamChannelLinked
{
    public Task OnLinkedAsync(NetworkPlan plan, string teamId, DateTimeOffset now, CancellationToken cancellationToken) =>
        openScreen.InviteLateLinkedAsync(plan, teamId, now, cancellationToken);
}
