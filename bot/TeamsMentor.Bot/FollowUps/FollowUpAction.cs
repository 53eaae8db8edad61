using System.Globalization;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.FollowUps;

/// <summary>
/// The contact person's answer on the follow-up's invite card: the time suits, or another time (ahead, before the next
/// gathering). Only the team's contact person may answer (payloads can be forged); an answer to a time that has since
/// moved, or to a follow-up cancelled or held, gets the card as it now stands.
/// </summary>
public sealed class FollowUpAction(INetworkRepository networks, IFollowUpRepository followUps, FollowUpService service, TimeProvider time) : ICardAction
{
    public static IReadOnlyList<string> Verbs { get; } = [FollowUpVerbs.Accept, FollowUpVerbs.Propose];

    public async Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (action, t) = (context.Action, context.Text);
        var data = FollowUpCardData.Read(action);
        if (data is null || await networks.GetPlanAsync(data.Network, cancellationToken) is not { } plan
            || await followUps.GetAsync(plan.Network.Id, data.FollowUp, cancellationToken) is not { } stored
            || plan.Teams.FirstOrDefault(x => x.Id == stored.Value.TeamId) is not { } team
            || plan.ContactOf(team) is not { AadObjectId: { } contact }
            || !string.Equals(contact, context.Activity.From?.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            return InvokeResponse.Card(NoticeCard.Build(t["Fu_Accept"], t["Fu_Refused"]));
        }

        var now = time.GetUtcNow();
        var followUp = stored.Value;
        if (data.Revision != followUp.Revision || followUp.State is FollowUpState.Cancelled or FollowUpState.Held || now >= followUp.End)
        {
            return InvokeResponse.Card(FollowUpCard.Invite(t, plan, followUp, data.Revision != followUp.Revision ? t["Fu_Moved"] : null));
        }

        FollowUp changed;
        if (context.Verb == FollowUpVerbs.Accept)
        {
            changed = followUp with { State = FollowUpState.Accepted, ProposedStart = null, ChangedAt = now };
        }
        else if (Proposed(plan, action, now) is { } proposed)
        {
            changed = followUp with { State = FollowUpState.NewTimeProposed, ProposedStart = proposed, ChangedAt = now };
        }
        else
        {
            return InvokeResponse.Card(FollowUpCard.Invite(t, plan, followUp, t.Format("Fu_ProposeInvalid", followUp.Period + 1), noticeIsError: true));
        }

        var (outcome, _, _) = await service.ChangeAsync(plan, team, stored, changed, now, cancellationToken);
        if (outcome == WriteOutcome.Failed)
        {
            throw new StorageUnavailableException("The answer to the follow-up was not saved.");
        }

        var current = outcome == WriteOutcome.Saved ? changed : (await followUps.GetAsync(plan.Network.Id, followUp.Id, cancellationToken))?.Value ?? followUp;
        return InvokeResponse.Card(FollowUpCard.Invite(t, plan, current));
    }

    /// <summary>The proposed time, local to the network: ahead, and before the period's next gathering starts; null otherwise.</summary>
    private static DateTimeOffset? Proposed(NetworkPlan plan, AdaptiveCardInvokeValue action, DateTimeOffset now)
    {
        if (!DateOnly.TryParseExact(action.DataString(FollowUpCardData.DateInput), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !TimeOnly.TryParseExact(action.DataString(FollowUpCardData.TimeInput), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return null;
        }

        var at = NetworkClock.At(date, clock, NetworkPlanRules.SafeZone(plan.Network));
        return at > now && FollowUpRules.PeriodOf(plan, at) is not null ? at : null;
    }
}
