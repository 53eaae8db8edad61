using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// The invite's actions: RSVP (members of the network only) and each viewer's own view (their answer shown; the card's
/// refresh). A cancelled or finished session just shows as such. The card's network and session are checked on every call.
/// </summary>
public sealed class OpenScreenInviteAction(INetworkRepository networks, IOpenScreenRepository sessions, OpenScreenService openScreen, AccessService access, TimeProvider time)
    : ICardAction
{
    public static IReadOnlyList<string> Verbs { get; } = [OpenScreenVerbs.Rsvp, OpenScreenVerbs.View];

    public async Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        if (OpenScreenCardData.Read(context.Action) is not { } data || await networks.GetPlanAsync(data.Network, cancellationToken) is not { } plan
            || data.Session is null || await sessions.GetSessionAsync(plan.Network.Id, data.Session, cancellationToken) is not { } stored)
        {
            return OpenScreenAction.Notice(t, "Os_Unknown");
        }

        var session = stored.Value;
        var now = time.GetUtcNow();
        var calendar = openScreen.CalendarUrl(plan.Network.Id, session.Id);
        var aad = context.Activity.From?.AadObjectId;
        var member = NetworkAccess.Participant(plan, aad);
        if (context.Verb == OpenScreenVerbs.View || session.IsCancelled || now >= session.End)
        {
            var rsvps = (await sessions.ListRsvpsAsync(plan.Network.Id, session.Id, cancellationToken)).GetValueOrDefault(session.Id) ?? [];
            RsvpChoice? mine = member is null ? null : rsvps.FirstOrDefault(r => string.Equals(r.AadObjectId, aad, StringComparison.OrdinalIgnoreCase))?.Choice;
            return InvokeResponse.Card(OpenScreenInviteCard.Build(t, plan, session, RsvpCounts.From(rsvps), calendar, mine, personal: true, now));
        }

        if (member is null)
        {
            return OpenScreenAction.Notice(t, access.CanAdminister(aad, plan.Network) ? "Os_OrganizerNoRsvp" : "Os_NotParticipant", plan.Network.Name);
        }

        if (data.Choice is not { } choice)
        {
            return InvokeResponse.Error(400, "BadRequest", t["Card_ActionInvalid"]);
        }

        // Saves, then reads the counts once, for this answer and for every invite card.
        var counts = await openScreen.RsvpAsync(plan, session, new OpenScreenRsvp(aad!, member.Id, choice, now), now, cancellationToken);
        return InvokeResponse.Card(OpenScreenInviteCard.Build(t, plan, session, counts, calendar, choice, personal: true, now));
    }
}
