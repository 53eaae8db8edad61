using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// Open screen in Teams: "åpen skjerm" gives an organizer the scheduling form; its actions schedule, change and cancel
/// (organizers of the card's network only); the invite's actions let participants answer (members of the network only).
/// The card's network and session are checked on every call (payloads can be forged).
/// </summary>
public sealed class OpenScreenAction(INetworkRepository networks, IOpenScreenRepository sessions, OpenScreenService openScreen, IOptions<TabOptions> tab, TimeProvider time)
{
    private static readonly IReadOnlyDictionary<string, string?> NoInput = new Dictionary<string, string?>();

    private static readonly string[] Fields =
    [
        OpenScreenRules.DateField, OpenScreenRules.TimeField, OpenScreenRules.DurationField, OpenScreenRules.TopicField,
        OpenScreenRules.DescriptionField, OpenScreenRules.TeamsField, OpenScreenRules.JoinUrlField,
    ];

    /// <summary>The answer to "åpen skjerm": the form, "which network?", or why not here.</summary>
    public async Task<JsonObject> StartAsync(Activity activity, CardText t, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(t);
        var all = await networks.GetAllPlansAsync(cancellationToken);
        var plans = all.Where(p => CanOrganize(activity, p)).ToList();
        if (plans.Count == 0)
        {
            return NoticeCard.Build(t["Os_FormTitle"], t["Os_OrganizersOnly"]);
        }

        if (ChannelAddress.ChannelId(activity) is { } channel && all.Any(p => p.Teams.Any(x => x.Channel?.ChannelId == channel)))
        {
            return NoticeCard.Build(t["Os_FormTitle"], t["Os_NotInTeamChannel"]); // participants would see the organizer's form
        }

        return plans.Count > 1 ? OpenScreenFormCard.ChooseNetwork(t, plans) : await NewFormAsync(t, plans[0], NoInput, [], null, cancellationToken);
    }

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, AdaptiveCardInvokeValue action, CardText t, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(t);
        var activity = turn.Activity;
        if (action.DataString("network") is not { } networkId || await networks.GetPlanAsync(networkId, cancellationToken) is not { } plan)
        {
            return Notice(t, "Os_Unknown");
        }

        if (action.Verb is CardVerbs.OpenScreenRsvp or CardVerbs.OpenScreenView)
        {
            return await AnswerAsync(activity, action, t, plan, cancellationToken);
        }

        if (!CanOrganize(activity, plan))
        {
            return Notice(t, "Os_OrganizersOnly");
        }

        var now = time.GetUtcNow();
        Versioned<OpenScreenSession>? stored = null;
        if (action.DataString("session") is { } sessionId)
        {
            stored = await sessions.GetSessionAsync(plan.Network.Id, sessionId, cancellationToken);
            if (stored is null)
            {
                return Notice(t, "Os_Unknown");
            }

            if (stored.Value.IsCancelled || now >= stored.Value.Start)
            {
                return Notice(t, stored.Value.IsCancelled ? "Os_AlreadyCancelled" : "Os_AlreadyStarted");
            }
        }

        return action.Verb switch
        {
            CardVerbs.OpenScreenForm => InvokeResponse.Card(await NewFormAsync(t, plan, NoInput, [], null, cancellationToken)),
            CardVerbs.OpenScreenEdit when stored is not null => InvokeResponse.Card(OpenScreenFormCard.Form(t, plan, OpenScreenFormCard.Typed(stored.Value, plan.Network.Zone), [],
                stored.Value, stored.Value.MeetingEventId is null, null, [])),
            CardVerbs.OpenScreenManage when stored is not null => InvokeResponse.Card(OpenScreenManageCard.Scheduled(t, plan, stored.Value,
                await openScreen.CountsAsync(plan.Network.Id, stored.Value.Id, cancellationToken), null, null, "Os_InviteTitle")),
            CardVerbs.OpenScreenCancel when stored is not null => await CancelAsync(t, action, plan, stored, now, cancellationToken),
            CardVerbs.OpenScreenSchedule => await ScheduleAsync(t, action, plan, stored, activity.From?.AadObjectId ?? "", now, cancellationToken),
            _ => Notice(t, "Os_Unknown"),
        };
    }

    private async Task<InvokeResponse> ScheduleAsync(CardText t, AdaptiveCardInvokeValue action, NetworkPlan plan, Versioned<OpenScreenSession>? stored, string organizer,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var typed = Fields.ToDictionary(f => f, f => action.Data[OpenScreenRules.InputId(f)] is JsonValue v ? v.ToString() : null, StringComparer.Ordinal);
        var joinRequired = !openScreen.MeetingsConfigured || stored is { Value.MeetingEventId: null };
        var (draft, issues) = OpenScreenRules.Parse(plan, typed, now, joinRequired);
        if (draft is null)
        {
            return stored is null
                ? InvokeResponse.Card(await NewFormAsync(t, plan, typed, issues, null, cancellationToken, joinRequired))
                : InvokeResponse.Card(OpenScreenFormCard.Form(t, plan, typed, issues, stored.Value, joinRequired, null, []));
        }

        if (stored is not null)
        {
            var changed = await openScreen.RescheduleAsync(plan, stored, draft with { TeamIds = stored.Value.TeamIds }, now, cancellationToken);
            return changed.Session is not { } session
                ? InvokeResponse.Card(OpenScreenFormCard.Form(t, plan, typed, [], stored.Value, joinRequired, t["Os_Conflict"], []))
                : InvokeResponse.Card(OpenScreenManageCard.Scheduled(t, plan, session, await openScreen.CountsAsync(plan.Network.Id, session.Id, cancellationToken), null,
                    changed.CalendarNotUpdated ? t["Os_CalendarNotUpdated"] : null));
        }

        // A second click on "schedule" (or a retry) finds the session the first one made.
        var existing = (await sessions.ListSessionsAsync(plan.Network.Id, cancellationToken)).Select(s => s.Value)
            .FirstOrDefault(s => !s.IsCancelled && s.Start == draft.Start && s.Topic == draft.Topic);
        if (existing is not null)
        {
            return InvokeResponse.Card(OpenScreenManageCard.Scheduled(t, plan, existing, await openScreen.CountsAsync(plan.Network.Id, existing.Id, cancellationToken), null, t["Os_AlreadyScheduled"]));
        }

        var outcome = await openScreen.ScheduleAsync(plan, draft, organizer, now, cancellationToken);
        if (outcome.Session is not { } created)
        {
            var failure = outcome.MeetingFailure!;
            var notice = t.Format("Os_Graph_" + failure.Outcome, (int)Math.Ceiling(failure.RetryAfter?.TotalSeconds ?? 60));
            return InvokeResponse.Card(await NewFormAsync(t, plan, typed, [], notice, cancellationToken, joinUrlRequired: true));
        }

        return InvokeResponse.Card(OpenScreenManageCard.Scheduled(t, plan, created, RsvpCounts.None, outcome.InvitedChannels, null));
    }

    private async Task<InvokeResponse> CancelAsync(CardText t, AdaptiveCardInvokeValue action, NetworkPlan plan, Versioned<OpenScreenSession> stored, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var comment = action.DataString(OpenScreenRules.InputId("cancelComment"));
        var outcome = await openScreen.CancelAsync(plan, stored, comment is { Length: > 300 } ? comment[..300] : comment, now, cancellationToken);
        return outcome.Session is not { } cancelled
            ? Notice(t, "Os_Conflict")
            : InvokeResponse.Card(OpenScreenManageCard.Cancelled(t, plan, cancelled, outcome.CalendarNotUpdated ? t["Os_CalendarNotCancelled"] : null));
    }

    /// <summary>RSVP and the personal view: members of the network only; a cancelled or finished session just shows as such.</summary>
    private async Task<InvokeResponse> AnswerAsync(Activity activity, AdaptiveCardInvokeValue action, CardText t, NetworkPlan plan, CancellationToken cancellationToken)
    {
        if (action.DataString("session") is not { } sessionId || await sessions.GetSessionAsync(plan.Network.Id, sessionId, cancellationToken) is not { } stored)
        {
            return Notice(t, "Os_Unknown");
        }

        var session = stored.Value;
        var now = time.GetUtcNow();
        var calendar = openScreen.CalendarUrl(plan.Network.Id, session.Id);
        var aad = activity.From?.AadObjectId;
        var member = aad is null ? null : plan.Members.FirstOrDefault(m => string.Equals(m.AadObjectId, aad, StringComparison.OrdinalIgnoreCase));
        if (action.Verb == CardVerbs.OpenScreenView || session.IsCancelled || now >= session.End)
        {
            var rsvps = (await sessions.ListRsvpsAsync(plan.Network.Id, session.Id, cancellationToken)).GetValueOrDefault(session.Id) ?? [];
            RsvpChoice? mine = member is null ? null : rsvps.FirstOrDefault(r => string.Equals(r.AadObjectId, aad, StringComparison.OrdinalIgnoreCase))?.Choice;
            return InvokeResponse.Card(OpenScreenInviteCard.Build(t, plan, session, RsvpCounts.From(rsvps), calendar, mine, personal: true, now));
        }

        if (member is null)
        {
            return Notice(t, CanOrganize(activity, plan) ? "Os_OrganizerNoRsvp" : "Os_NotParticipant", plan.Network.Name);
        }

        RsvpChoice? choice = action.DataString("choice") switch { "yes" => RsvpChoice.Yes, "maybe" => RsvpChoice.Maybe, "no" => RsvpChoice.No, _ => null };
        if (choice is null)
        {
            return InvokeResponse.Error(400, "BadRequest", t["Card_ActionInvalid"]);
        }

        // Saves, then reads the counts once, for this answer and for every invite card.
        var counts = await openScreen.RsvpAsync(plan, session, new OpenScreenRsvp(aad!, member.Id, choice.Value, now), now, cancellationToken);
        return InvokeResponse.Card(OpenScreenInviteCard.Build(t, plan, session, counts, calendar, choice, personal: true, now));
    }

    private async Task<JsonObject> NewFormAsync(CardText t, NetworkPlan plan, IReadOnlyDictionary<string, string?> typed, IReadOnlyList<OpenScreenIssue> issues, string? notice,
        CancellationToken cancellationToken, bool? joinUrlRequired = null)
    {
        var now = time.GetUtcNow();
        var upcoming = (await sessions.ListSessionsAsync(plan.Network.Id, cancellationToken)).Select(s => s.Value).Where(s => !s.IsCancelled && s.Start > now).Take(5).ToList();
        return OpenScreenFormCard.Form(t, plan, typed, issues, null, joinUrlRequired ?? !openScreen.MeetingsConfigured, notice, upcoming);
    }

    private bool CanOrganize(Activity activity, NetworkPlan plan) =>
        activity.From?.AadObjectId is { } aad && AdminAccess.CanAdminister(tab.Value, new TabUser(aad, activity.TenantId, activity.From?.Name), plan.Network);

    private static InvokeResponse Notice(CardText t, string key, string? arg = null) =>
        InvokeResponse.Card(NoticeCard.Build(t["Os_FormTitle"], arg is null ? t[key] : t.Format(key, arg)));
}
