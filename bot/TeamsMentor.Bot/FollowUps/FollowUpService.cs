using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.FollowUps;

/// <summary>
/// A follow-up from booking to holding: the Teams meeting in the organizers' mailbox (through
/// <see cref="IMeetingService"/>, with the advisor and the contact person as attendees) or a pasted link, the row, and
/// the invite card to the contact person (1:1 where the app can reach her, through the delivery engine; a new time is
/// a new card, a cancellation updates the card).
/// </summary>
public sealed class FollowUpService(
    IFollowUpRepository followUps,
    IMeetingService meetings,
    IDeliveryStore deliveries,
    IConversationInstallationRepository installations,
    BotText text)
{
    public bool MeetingsConfigured => meetings.IsConfigured;

    /// <summary>
    /// Books (or logs) the follow-up: the meeting first (its transaction id is the follow-up's id, so a repeat finds the
    /// event the first made), then the row, then the invite. A repeat of a saved follow-up returns it as saved.
    /// </summary>
    public async Task<(Versioned<FollowUp>? Saved, MeetingResult? Failure, bool Invited, bool Repeat)> BookAsync(NetworkPlan plan, NetworkTeam team, FollowUp followUp, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(followUp);
        if (await followUps.GetAsync(plan.Network.Id, followUp.Id, cancellationToken) is { } existing)
        {
            return (existing, null, false, true);
        }

        if (followUp.Mode == FollowUpMode.Teams)
        {
            var meeting = await meetings.CreateAsync(Request(plan, team, followUp), cancellationToken);
            if (!meeting.IsDone)
            {
                return (null, meeting, false, false);
            }

            followUp = followUp with { JoinUrl = meeting.JoinUrl, MeetingEventId = meeting.EventId };
        }

        var (outcome, version) = await followUps.SaveAsync(plan.Network.Id, followUp, null, cancellationToken);
        if (outcome != WriteOutcome.Saved)
        {
            return (await followUps.GetAsync(plan.Network.Id, followUp.Id, cancellationToken)
                ?? throw new StorageUnavailableException("The follow-up was neither saved nor found."), null, false, true);
        }

        var invited = followUp.Mode != FollowUpMode.Phone && await ContactAsync(plan, team, cancellationToken) is { } contact
            && await InviteAsync(plan, team, followUp, contact, now, cancellationToken);
        return (new Versioned<FollowUp>(followUp, version!), null, invited, false);
    }

    /// <summary>
    /// Saves a change at the version read (a change made meanwhile wins: Conflict), then the calendar (moved or
    /// cancelled, when the app made the meeting), then the card: a new invite for a new time, an update otherwise.
    /// </summary>
    public async Task<(WriteOutcome Outcome, string? Version, bool Invited)> ChangeAsync(NetworkPlan plan, NetworkTeam team, Versioned<FollowUp> stored, FollowUp changed,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(changed);
        var (outcome, version) = await followUps.SaveAsync(plan.Network.Id, changed, stored.Version, cancellationToken);
        if (outcome != WriteOutcome.Saved)
        {
            return (outcome, null, false);
        }

        var old = stored.Value;
        // The calendar follows, best effort: the follow-up is saved, and a calendar that did not follow (the outcome
        // says so, nothing throws) is the advisor's to fix in Outlook.
        if (changed.MeetingEventId is { } eventId && changed.State == FollowUpState.Cancelled && old.State != FollowUpState.Cancelled)
        {
            await meetings.CancelAsync(eventId, new CardText(text, BotLocale.From(plan.Network.DefaultLocale))["Fu_Cancelled"], cancellationToken);
        }
        else if (changed.MeetingEventId is { } eventToMove && changed.Revision != old.Revision)
        {
            await meetings.UpdateAsync(eventToMove, Request(plan, team, changed), cancellationToken);
        }

        var invited = false;
        var moved = changed.Revision != old.Revision && changed.Mode != FollowUpMode.Phone;
        if ((moved || changed.State != old.State) && await ContactAsync(plan, team, cancellationToken) is { } contact)
        {
            // A new time: the old card says it moved, and a new card asks again. Otherwise the card shows the new state.
            await UpdateInviteAsync(plan, moved ? old with { State = FollowUpState.Cancelled } : changed, contact.Target, moved, now, cancellationToken);
            invited = moved && await InviteAsync(plan, team, changed, contact, now, cancellationToken);
        }

        return (WriteOutcome.Saved, version, invited);
    }

    /// <summary>Whether the app can reach the team's contact person 1:1 now (for the workspace).</summary>
    public async Task<IReadOnlySet<string>> ReachableContactsAsync(NetworkPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var personal = await PersonalChats.FindAsync(installations, plan, cancellationToken);
        return plan.Teams.Where(team => ContactTarget(plan, team, personal) is not null).Select(team => team.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The contact person's copy of the invite card shows the follow-up as it now stands (answered, cancelled, held, moved).</summary>
    private async Task UpdateInviteAsync(NetworkPlan plan, FollowUp followUp, DeliveryTarget target, bool moved, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var card = FollowUpCard.Invite(t, plan, followUp, moved ? t["Fu_Moved"] : null);
        await deliveries.EnqueueCardUpdateAsync(plan.Network.Id, DeliveryKeys.FollowUpInvite(plan.Network.Id, followUp.Id, followUp.Revision), target,
            CardActivity.Json(card, t), now, cancellationToken);
    }

    private async Task<bool> InviteAsync(NetworkPlan plan, NetworkTeam team, FollowUp followUp, (DeliveryTarget Target, DeliveryOperation Operation) contact,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (target, operation) = contact;
        var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var wave = new WaveRequest(DeliveryKeys.FollowUpInvite(plan.Network.Id, followUp.Id, followUp.Revision), plan.Network.Id, "FollowUpInvite", now, followUp.Period, team.Name);
        var outcome = await deliveries.EnqueueAsync(wave, [new DeliveryRequest(target, operation, CardActivity.Json(FollowUpCard.Invite(t, plan, followUp), t))], cancellationToken);
        return outcome.Added > 0 || outcome.AlreadyExisted;
    }

    /// <summary>Where the team's contact person is reached 1:1 now (<see cref="ContactTarget"/>), or null.</summary>
    private async Task<(DeliveryTarget Target, DeliveryOperation Operation)?> ContactAsync(NetworkPlan plan, NetworkTeam team, CancellationToken cancellationToken) =>
        ContactTarget(plan, team, await PersonalChats.FindAsync(installations, plan, cancellationToken));

    /// <summary>The contact person 1:1: in her chat with the app, else one the app opens through the team's channel; null when neither can be.</summary>
    private static (DeliveryTarget Target, DeliveryOperation Operation)? ContactTarget(NetworkPlan plan, NetworkTeam team, Dictionary<string, ConversationInstallation> personal)
    {
        if (plan.ContactOf(team) is not { AadObjectId: { } aad } contact)
        {
            return null;
        }

        if (personal.TryGetValue(aad, out var chat))
        {
            return (DeliveryTargets.Person(aad, chat, contact.Name), DeliveryOperation.Post);
        }

        return contact.TeamsUserId is { } teamsId && team.Channel is { } link
            ? (DeliveryTargets.NewChat(aad, teamsId, link, contact.Name), DeliveryOperation.NewChat)
            : null;
    }

    private MeetingRequest Request(NetworkPlan plan, NetworkTeam team, FollowUp followUp)
    {
        var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var attendees = new List<MeetingAttendee>();
        if (FollowUpRules.AdvisorOf(plan, followUp) is { Email: { Length: > 0 } advisorMail } advisor)
        {
            attendees.Add(new MeetingAttendee(advisorMail, advisor.Name, Required: true));
        }

        if (plan.ContactOf(team) is { Email: { Length: > 0 } contactMail } contact && attendees.All(a => !a.Email.Equals(contactMail, StringComparison.OrdinalIgnoreCase)))
        {
            attendees.Add(new MeetingAttendee(contactMail, contact.Name, Required: true));
        }

        return new MeetingRequest($"{followUp.Id}-r{followUp.Revision}", t.Format("Fu_MeetingSubject", team.Name, plan.Network.Name), t.Format("Fu_MeetingBody", plan.Network.Name),
            followUp.Start, followUp.End, plan.Network.TimeZoneId, attendees);
    }
}
