using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// The evaluation's waves. When it opens: everyone is marked pending (by keyed hash) and gets the card 1:1 where the app
/// can reach them, else in their team's channel (one card per channel; each person gets their own form from it). The
/// reminder goes only to those still pending: 1:1, and to the channels of teams with someone pending or unknown there.
/// </summary>
public sealed class EvaluationWaves(BotText text, IConversationInstallationRepository installations, IEvaluationRepository evaluations, RespondentKeys keys)
    : IWaveBuilder
{
    public IReadOnlyCollection<PromptKind> Kinds { get; } = [PromptKind.Evaluation, PromptKind.EvaluationReminder];

    public async Task<BuiltWave?> BuildAsync(WaveContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (plan, prompt, now) = (context.Plan, context.Prompt, context.Now);
        if (context.Gathering is not { } gathering)
        {
            return null;
        }

        var network = plan.Network;
        var reminder = prompt.Kind == PromptKind.EvaluationReminder;
        Func<Member, bool> include = _ => true;
        if (reminder)
        {
            var pending = await evaluations.PendingAsync(network.Id, gathering.Number, cancellationToken);
            include = m => m.AadObjectId is not { } aad || pending.Contains(keys.PendingKey(network.Id, gathering.Number, aad));
        }
        else
        {
            await OpenAsync(plan, gathering, cancellationToken);
        }

        var t = new CardText(text, BotLocale.From(network.DefaultLocale));
        var activity = CardActivity.Json(EvaluationCard.Shared(t, plan, gathering, reminder), t);
        var deliveries = await ParticipantsAsync(plan, activity, include, cancellationToken);
        return deliveries.Count == 0 ? null
            : new BuiltWave(new WaveRequest(prompt.Key, network.Id, prompt.Kind.ToString(), now, gathering.Number), deliveries);
    }

    /// <summary>
    /// Opens the gathering's evaluation once: everyone on a team counts as invited (per municipality, for the response
    /// rate) and everyone Teams knows is marked pending. False when it was open already.
    /// </summary>
    public async Task<bool> OpenAsync(NetworkPlan plan, Gathering gathering, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(gathering);
        var network = plan.Network;
        var invited = plan.Teams.SelectMany(team => plan.CurrentMembersOf(team.Id).Select(_ => team.MunicipalityId))
            .GroupBy(m => m, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var pendingKeys = plan.Members.Where(m => m.IsCurrent).Select(m => m.AadObjectId).OfType<string>()
            .Select(aad => keys.PendingKey(network.Id, gathering.Number, aad)).ToList();
        return await evaluations.OpenAsync(network.Id, gathering.Number, pendingKeys, invited, cancellationToken);
    }

    private async Task<List<DeliveryRequest>> ParticipantsAsync(NetworkPlan plan, string activityJson, Func<Member, bool> include, CancellationToken cancellationToken)
    {
        var personal = await PersonalChats.FindAsync(installations, plan, cancellationToken);
        var deliveries = new List<DeliveryRequest>();
        foreach (var team in plan.Teams)
        {
            var unreachable = false;
            foreach (var member in plan.CurrentMembersOf(team.Id).Where(include))
            {
                if (member.AadObjectId is { } aad && personal.TryGetValue(aad, out var chat))
                {
                    deliveries.Add(new DeliveryRequest(DeliveryTargets.Person(aad, chat, member.Name), DeliveryOperation.Post, activityJson));
                }
                else
                {
                    unreachable = true;
                }
            }

            if (unreachable && team.Channel is { } channel)
            {
                deliveries.Add(new DeliveryRequest(DeliveryTargets.TeamChannel(team, channel), DeliveryOperation.NewThread, activityJson));
            }
        }

        return [.. deliveries.DistinctBy(d => d.Target.Key, StringComparer.Ordinal)];
    }
}
