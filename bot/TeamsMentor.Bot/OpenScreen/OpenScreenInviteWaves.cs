using TeamsMentor.Bot.Delivery;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// Finishes an invite that scheduling did not get out (the process stopped, or storage failed, after the session
/// was saved; or no team had a channel yet): the same wave, with the same id, so whatever part of it was written is
/// completed, not sent twice. A team whose channel got the invite when it was linked (<see cref="OpenScreenLateInvites"/>)
/// is left out, so it does not get it twice.
/// </summary>
public sealed class OpenScreenInviteWaves(IOpenScreenRepository sessions, OpenScreenService openScreen, IDeliveryStore deliveries) : IWaveBuilder
{
    public IReadOnlyCollection<PromptKind> Kinds { get; } = [PromptKind.OpenScreenInvite];

    public async Task<BuiltWave?> BuildAsync(WaveContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (plan, prompt, now) = (context.Plan, context.Prompt, context.Now);
        if (prompt.SessionId is null || await sessions.GetSessionAsync(plan.Network.Id, prompt.SessionId, cancellationToken) is not { Value: { IsCancelled: false } session })
        {
            return null;
        }

        var built = openScreen.InviteWave(plan, session, await openScreen.CountsAsync(plan.Network.Id, session.Id, cancellationToken), now);
        var still = new List<DeliveryRequest>();
        foreach (var request in built.Deliveries)
        {
            var team = plan.Teams.FirstOrDefault(x => DeliveryKeys.TeamChannel(x.Id) == request.Target.Key);
            if (team is null || await deliveries.GetAsync(DeliveryKeys.OpenScreenLateInvite(plan.Network.Id, session.Id, team.Id), request.Target.Key, cancellationToken) is null)
            {
                still.Add(request);
            }
        }

        return still.Count == 0 ? null : built with { Deliveries = still };
    }
}
