using TeamsMentor.Bot.Delivery;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// Finishes an invite that scheduling did not get out (the process stopped, or storage failed, after the session
/// was saved): the same wave, with the same id, so whatever part of it was written is completed, not sent twice.
/// </summary>
public sealed class OpenScreenInviteWaves(IOpenScreenRepository sessions, OpenScreenService openScreen) : IWaveBuilder
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
        return built.Deliveries.Count == 0 ? null : built;
    }
}
