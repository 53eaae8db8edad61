using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Health;
using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Bot.Health;

/// <summary>The weekly health digest, to the organizers' channel (it waits, within its week, until one is linked).</summary>
public sealed class HealthWaves(BotText text, HealthSignalsReader reader) : IWaveBuilder
{
    public IReadOnlyCollection<PromptKind> Kinds { get; } = [PromptKind.HealthDigest];

    public async Task<BuiltWave?> BuildAsync(WaveContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (plan, prompt, now) = (context.Plan, context.Prompt, context.Now);
        if (plan.Network.OrganizerChannel is not { } organizers)
        {
            return null;
        }

        var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var health = NetworkHealth.Assess(plan, await reader.ReadAsync(plan, context.Reports, cancellationToken), now);
        var card = HealthDigestCard.Build(t, plan, health, now);
        return new BuiltWave(new WaveRequest(prompt.Key, plan.Network.Id, prompt.Kind.ToString(), now),
            [new DeliveryRequest(DeliveryTargets.OrganizersChannel(plan.Network, organizers), DeliveryOperation.NewThread, CardActivity.Json(card, t))]);
    }
}
