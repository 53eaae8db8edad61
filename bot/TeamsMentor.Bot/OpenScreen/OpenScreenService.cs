using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Hosting;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// Open screen from scheduling to cancelling: the Teams meeting (through <see cref="IMeetingService"/>, or the link the
/// organizer pasted), the session row, and the invite cards (one per invited team's channel, through the delivery
/// engine; updated in place when answers come in, the session moves or is cancelled).
/// </summary>
public sealed class OpenScreenService(
    IOpenScreenRepository sessions,
    IMeetingService meetings,
    IDeliveryStore deliveries,
    BotText text,
    IOptions<AppOptions> app,
    ILogger<OpenScreenService> logger)
{
    public bool MeetingsConfigured => meetings.IsConfigured;

    public string? CalendarUrl(string networkId, string sessionId) =>
        app.Value.Link($"openscreen/{Uri.EscapeDataString(networkId)}/{Uri.EscapeDataString(sessionId)}.ics");

    /// <summary>A new session id: 20 random hex digits, also the secret part of the session's calendar link.</summary>
    public static string NewSessionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));

    public static bool IsSessionId(string value) => value is { Length: 20 } && value.All(char.IsAsciiHexDigitLower);

    /// <param name="sessionId">The id the session gets (the form's draft id): also the calendar event's transaction id, so
    /// that a repeat (a second click, a retry after no answer) finds the event the first one made instead of a second.</param>
    public async Task<ScheduleOutcome> ScheduleAsync(NetworkPlan plan, OpenScreenDraft draft, string organizerAad, DateTimeOffset now, string sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(draft);
        var session = new OpenScreenSession
        {
            Id = sessionId,
            Start = draft.Start, DurationMinutes = draft.DurationMinutes, Topic = draft.Topic, Description = draft.Description, TeamIds = draft.TeamIds,
            JoinUrl = draft.JoinUrl, ScheduledBy = organizerAad, ChangedAt = now,
        };
        if (draft.JoinUrl is null)
        {
            var meeting = await meetings.CreateAsync(Request(plan, session, organizerAad), cancellationToken);
            if (!meeting.IsDone)
            {
                return new ScheduleOutcome(null, meeting);
            }

            session = session with { JoinUrl = meeting.JoinUrl, MeetingEventId = meeting.EventId };
        }

        if ((await sessions.SaveSessionAsync(plan.Network.Id, session, null, cancellationToken)).Outcome != WriteOutcome.Saved
            && await sessions.GetSessionAsync(plan.Network.Id, session.Id, cancellationToken) is { } first)
        {
            session = first.Value; // a repeat of the same form: the first one saved it (Graph gave back the same event)
        }

        var (wave, invites, _) = InviteWave(plan, session, RsvpCounts.None, now);
        if (invites.Count > 0)
        {
            await deliveries.EnqueueAsync(wave, invites, cancellationToken);
        }

        OpenScreenLog.Scheduled(logger, plan.Network.Id, session.Id, invites.Count, session.MeetingEventId is not null);
        return new ScheduleOutcome(session, InvitedChannels: invites.Count);
    }

    /// <summary>Moves or rewords a session: the calendar event follows (when the app made it) and every invite card is updated.</summary>
    public async Task<ScheduleOutcome> RescheduleAsync(NetworkPlan plan, Versioned<OpenScreenSession> stored, OpenScreenDraft draft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(draft);
        var old = stored.Value;
        var session = old with
        {
            Start = draft.Start, DurationMinutes = draft.DurationMinutes, Topic = draft.Topic, Description = draft.Description,
            JoinUrl = old.MeetingEventId is null ? draft.JoinUrl ?? old.JoinUrl : old.JoinUrl,
            // A new revision makes the reminders due again under new keys; those whose time has passed by now are skipped.
            Revision = old.Revision + 1, ChangedAt = now,
        };
        // The session first (at the version read, so a change made meanwhile wins and nothing else moves), then the
        // calendar, then the cards: a failure after the save leaves the session right and the rest to a repeat.
        var (outcome, _) = await sessions.SaveSessionAsync(plan.Network.Id, session, stored.Version, cancellationToken);
        if (outcome != WriteOutcome.Saved)
        {
            return new ScheduleOutcome(null, Conflict: true);
        }

        var calendarFailed = false;
        if (old.MeetingEventId is { } eventId)
        {
            var result = await meetings.UpdateAsync(eventId, Request(plan, session, old.ScheduledBy), cancellationToken);
            calendarFailed = !result.IsDone; // the Teams link still works; the calendar entry keeps the old time
        }

        await UpdateInvitesAsync(plan, session, now, cancellationToken);
        return new ScheduleOutcome(session, CalendarNotUpdated: calendarFailed);
    }

    public async Task<ScheduleOutcome> CancelAsync(NetworkPlan plan, Versioned<OpenScreenSession> stored, string? comment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stored);
        var session = stored.Value;
        if (!session.IsCancelled)
        {
            // The session first, as for a change; a cancel repeated (the first one cut short after its save, or a second
            // click) finds it cancelled and does the rest again: cancelling the event and updating a card are both safe to repeat.
            session = session with { CancelledAt = now, Revision = session.Revision + 1 };
            var (outcome, _) = await sessions.SaveSessionAsync(plan.Network.Id, session, stored.Version, cancellationToken);
            if (outcome != WriteOutcome.Saved)
            {
                return new ScheduleOutcome(null, Conflict: true);
            }
        }

        var calendarFailed = false;
        if (session.MeetingEventId is { } eventId)
        {
            var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
            var result = await meetings.CancelAsync(eventId, string.IsNullOrWhiteSpace(comment) ? t["Os_CancelDefaultComment"] : comment.Trim(), cancellationToken);
            calendarFailed = !result.IsDone && result.Outcome != MeetingOutcome.NotFound;
        }

        await UpdateInvitesAsync(plan, session, now, cancellationToken);
        OpenScreenLog.Cancelled(logger, plan.Network.Id, session.Id);
        return new ScheduleOutcome(session, CalendarNotUpdated: calendarFailed);
    }

    /// <summary>Saves the person's answer and puts the new counts on every invite card. Returns the counts.</summary>
    public async Task<RsvpCounts> RsvpAsync(NetworkPlan plan, OpenScreenSession session, OpenScreenRsvp rsvp, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(session);
        await sessions.SetRsvpAsync(plan.Network.Id, session.Id, rsvp, cancellationToken);
        var counts = await CountsAsync(plan.Network.Id, session.Id, cancellationToken);
        await UpdateInvitesAsync(plan, session, now, cancellationToken, counts);
        return counts;
    }

    public async Task<RsvpCounts> CountsAsync(string networkId, string sessionId, CancellationToken cancellationToken) =>
        RsvpCounts.From((await sessions.ListRsvpsAsync(networkId, sessionId, cancellationToken)).GetValueOrDefault(sessionId) ?? []);

    /// <summary>The invite wave: the card in every invited team's linked channel, in the network's language.</summary>
    public BuiltWave InviteWave(NetworkPlan plan, OpenScreenSession session, RsvpCounts counts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(session);
        var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var json = CardActivity.Json(OpenScreenInviteCard.Build(t, plan, session, counts, CalendarUrl(plan.Network.Id, session.Id), null, false, now), t);
        return new BuiltWave(new WaveRequest(DeliveryKeys.OpenScreenInvite(plan.Network.Id, session.Id), plan.Network.Id, "OpenScreenInvite", now, null, session.Topic),
            ChannelPosts(plan, session, json));
    }

    /// <summary>A new thread with <paramref name="activityJson"/> in the linked channel of every team the session invites.</summary>
    public static List<DeliveryRequest> ChannelPosts(NetworkPlan plan, OpenScreenSession session, string activityJson)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(session);
        return [.. plan.Teams.Where(team => session.Invites(team.Id) && team.Channel is not null)
            .Select(team => new DeliveryRequest(DeliveryTargets.TeamChannel(team, team.Channel!), DeliveryOperation.NewThread, activityJson))];
    }

    /// <summary>Puts the session as it is now (time, counts, cancelled) on every invite card already posted or queued.</summary>
    public async Task UpdateInvitesAsync(NetworkPlan plan, OpenScreenSession session, DateTimeOffset now, CancellationToken cancellationToken, RsvpCounts? counts = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(session);
        counts ??= await CountsAsync(plan.Network.Id, session.Id, cancellationToken);
        var (wave, invites, _) = InviteWave(plan, session, counts, now);
        foreach (var invite in invites)
        {
            if (await deliveries.EnqueueUpdateAsync(wave.WaveId, invite.Target.Key, invite.ActivityJson, now, cancellationToken) == WriteOutcome.NotFound)
            {
                var teamId = DeliveryKeys.TeamOf(invite.Target.Key)!;
                await deliveries.EnqueueUpdateAsync(DeliveryKeys.OpenScreenLateInvite(plan.Network.Id, session.Id, teamId), invite.Target.Key, invite.ActivityJson, now, cancellationToken);
            }
        }
    }

    /// <summary>
    /// A team's channel was just linked: the upcoming sessions that invite the team and were scheduled before it had a
    /// channel get their invite there now (a wave of its own, as the session's invite wave is complete).
    /// </summary>
    public async Task<int> InviteLateLinkedAsync(NetworkPlan plan, string teamId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Teams.FirstOrDefault(x => x.Id == teamId) is not { Channel: { } channel } team)
        {
            return 0;
        }

        var invited = 0;
        foreach (var session in (await sessions.ListSessionsAsync(plan.Network.Id, cancellationToken)).Select(s => s.Value)
            .Where(s => !s.IsCancelled && s.Start > now && s.Invites(teamId)))
        {
            var targetKey = DeliveryKeys.TeamChannel(team.Id);
            if (await deliveries.GetAsync(DeliveryKeys.OpenScreenInvite(plan.Network.Id, session.Id), targetKey, cancellationToken) is not null)
            {
                continue; // it has the invite from when it was scheduled (the channel was linked again)
            }

            var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
            var counts = await CountsAsync(plan.Network.Id, session.Id, cancellationToken);
            var json = CardActivity.Json(OpenScreenInviteCard.Build(t, plan, session, counts, CalendarUrl(plan.Network.Id, session.Id), null, false, now), t);
            var wave = new WaveRequest(DeliveryKeys.OpenScreenLateInvite(plan.Network.Id, session.Id, teamId), plan.Network.Id, "OpenScreenInvite", now, null, session.Topic);
            invited += (await deliveries.EnqueueAsync(wave, [new DeliveryRequest(DeliveryTargets.TeamChannel(team, channel), DeliveryOperation.NewThread, json)], cancellationToken)).Added;
        }

        return invited;
    }

    private MeetingRequest Request(NetworkPlan plan, OpenScreenSession session, string? organizerAad)
    {
        var t = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var attendees = new List<MeetingAttendee>();
        if (NetworkAccess.OrganizerOf(plan.Network, organizerAad) is { Email: { Length: > 0 } email } organizer)
        {
            attendees.Add(new MeetingAttendee(email, organizer.Name, Required: true));
        }

        // The teams' contact persons get it in their calendars (optional); everyone else has the card and the .ics.
        foreach (var team in plan.Teams.Where(x => session.Invites(x.Id)))
        {
            if (plan.ContactOf(team) is { Email: { Length: > 0 } contact } person && attendees.All(a => !a.Email.Equals(contact, StringComparison.OrdinalIgnoreCase)))
            {
                attendees.Add(new MeetingAttendee(contact, person.Name, Required: false));
            }
        }

        var body = string.Join("\n\n", new[] { t.Format("Os_MeetingBody", plan.Network.Name), session.Description }.OfType<string>());
        return new MeetingRequest(session.Id, t.Format("Os_InviteTitle", session.Topic), body, session.Start, session.End, plan.Network.TimeZoneId, attendees);
    }
}
