using System.Text.Json.Nodes;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// The evaluation card's actions: open (each person's own view, also the card's refresh) and submit. The card's network
/// and gathering are checked on every call (payloads can be forged): the sender must take part in that network, the
/// card must not come from a channel of another network, and the gathering's evaluation must be open. The answer is
/// stored under the sender's keyed hash with their municipality and nothing else, and is deliberately not logged.
/// </summary>
public sealed class EvaluationAction(
    INetworkRepository networks,
    IEvaluationRepository evaluations,
    RespondentKeys keys,
    AccessService access,
    TimeProvider time) : ICardAction
{
    public static IReadOnlyList<string> Verbs { get; } = [EvaluationVerbs.Open, EvaluationVerbs.Submit];

    /// <summary>Anonymous answers: no span, not even of the Table calls (<see cref="ICardAction.Untraced"/>).</summary>
    public static bool Untraced => true;

    public async Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (turn, action, t) = (context.Turn, context.Action, context.Text);
        var data = EvaluationCardData.Read(action);
        if (await CardTargetAsync(turn.Activity, data, cancellationToken) is not var (plan, gathering))
        {
            return InvokeResponse.Card(NoticeCard.Build(t["Eval_Heading"], t["Eval_Refused"]));
        }

        var aad = turn.Activity.From?.AadObjectId;
        var member = NetworkAccess.Participant(plan, aad);
        if (member is null)
        {
            var organizer = access.CanAdminister(aad, plan.Network);
            return InvokeResponse.Card(NoticeCard.Build(t.Format("Eval_Title", gathering.Number),
                t.Format(organizer ? "Eval_ForOrganizers" : "Eval_NotParticipant", plan.Network.Name)));
        }

        var now = time.GetUtcNow();
        if (now < Deadlines.EvaluationOpens(plan.Network, gathering))
        {
            return InvokeResponse.Card(NoticeCard.Build(t.Format("Eval_Title", gathering.Number),
                t.Format("Eval_NotYet", t.DateTime(Deadlines.EvaluationOpens(plan.Network, gathering), plan.Network.Zone))));
        }

        if (!EvaluationRules.IsOpen(plan.Network, gathering, now))
        {
            return InvokeResponse.Card(EvaluationCard.Closed(t, plan, gathering, await evaluations.ListAnswersAsync(plan.Network.Id, null, cancellationToken)));
        }

        // Sealed once it closed: its answers have no keys any more, so a later closing time (an edited plan) cannot let
        // anyone answer twice. It stays closed.
        if ((await evaluations.OpenedAsync(plan.Network.Id, cancellationToken)).GetValueOrDefault(gathering.Number))
        {
            return InvokeResponse.Card(NoticeCard.Build(t.Format("Eval_Title", gathering.Number), t.Format("Eval_Sealed", gathering.Number)));
        }

        var answerKey = keys.AnswerKey(plan.Network.Id, gathering.Number, member.AadObjectId!);
        if (action.Verb == EvaluationVerbs.Submit)
        {
            return await SubmitAsync(t, action, plan, gathering, member, answerKey, cancellationToken);
        }

        var stored = await evaluations.GetAnswerAsync(plan.Network.Id, gathering.Number, answerKey, cancellationToken);
        if (stored is not null && !data!.Edit)
        {
            return InvokeResponse.Card(EvaluationCard.Answered(t, plan, gathering, false, await evaluations.ListAnswersAsync(plan.Network.Id, null, cancellationToken)));
        }

        var prefill = stored?.Values.ToDictionary(v => EvaluationRules.InputId(v.Key), v => EvaluationRules.ToInput(v.Value), StringComparer.Ordinal)
            ?? new Dictionary<string, string?>(StringComparer.Ordinal);
        return InvokeResponse.Card(EvaluationCard.Form(t, plan, gathering, prefill, [], answered: stored is not null));
    }

    private async Task<InvokeResponse> SubmitAsync(CardText t, AdaptiveCardInvokeValue action, NetworkPlan plan, Gathering gathering, Member member,
        string answerKey, CancellationToken cancellationToken)
    {
        var typed = action.Data.Where(p => p.Value is JsonValue && p.Key.StartsWith("eval.", StringComparison.Ordinal))
            .ToDictionary(p => p.Key, p => (string?)p.Value!.ToString(), StringComparer.Ordinal);
        var (values, issues) = EvaluationRules.Parse(EvaluationRules.ItemsAt(plan, gathering.Number), typed);
        if (issues.Count > 0)
        {
            var answered = await evaluations.GetAnswerAsync(plan.Network.Id, gathering.Number, answerKey, cancellationToken) is not null;
            return InvokeResponse.Card(EvaluationCard.Form(t, plan, gathering, typed, issues, answered));
        }

        var municipality = plan.Teams.FirstOrDefault(x => x.Id == member.TeamId)?.MunicipalityId ?? "";
        var answer = new EvaluationAnswer { Gathering = gathering.Number, MunicipalityId = municipality, Values = values };
        await evaluations.SaveAnswerAsync(plan.Network.Id, answerKey, keys.PendingKey(plan.Network.Id, gathering.Number, member.AadObjectId!), answer, cancellationToken);
        return InvokeResponse.Card(EvaluationCard.Answered(t, plan, gathering, true, await evaluations.ListAnswersAsync(plan.Network.Id, null, cancellationToken)));
    }

    /// <summary>The network and gathering the card names, when they exist and the card does not come from another network's channel.</summary>
    private async Task<(NetworkPlan Plan, Gathering Gathering)?> CardTargetAsync(Activity activity, EvaluationCardData? data, CancellationToken cancellationToken)
    {
        if (data is null || await networks.GetPlanAsync(data.Network, cancellationToken) is not { } plan
            || plan.GatheringNumber(data.Gathering) is not { } gathering)
        {
            return null;
        }

        if (ChannelAddress.ChannelId(activity) is { } channelId && activity.TenantId is { } tenant
            && !plan.Teams.Any(x => x.Channel is { } own && own.ChannelId == channelId && own.TenantId == tenant)
            && await networks.FindTeamByChannelAsync(tenant, channelId, cancellationToken) is { } linked && linked.NetworkId != plan.Network.Id)
        {
            return null; // a card naming another network than the channel's
        }

        return (plan, gathering);
    }
}
