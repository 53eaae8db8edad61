using System.Text.Json.Nodes;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// The organizers' open-screen actions: the form, schedule, change and cancel (organizers of the card's network only).
/// The card's network and session are checked on every call (payloads can be forged).
/// </summary>
public sealed class OpenScreenAction(
    INetworkRepository networks, IOpenScreenRepository sessions, OpenScreenService openScreen, OpenScreenForms forms, AccessService access, CardFollowUp followUp,
    TimeProvider time)
    : ICardAction
{
    private static readonly string[] Fields =
    [
        OpenScreenRules.DateField, OpenScreenRules.TimeField, OpenScreenRules.DurationField, OpenScreenRules.TopicField,
        OpenScreenRules.DescriptionField, OpenScreenRules.TeamsField, OpenScreenRules.JoinUrlField,
    ];

    /// <summary>
    /// Storage reads, plus at most <see cref="CardFollowUp.QuickAnswer"/> waiting on Microsoft Graph before answering
    /// "working on it" (a new meeting), or Graph's answer to a change or a cancel: inside Teams' limit.
    /// </summary>
    public static TimeSpan Budget => TimeSpan.FromSeconds(8);

    public static IReadOnlyList<string> Verbs { get; } =
        [OpenScreenVerbs.Form, OpenScreenVerbs.Schedule, OpenScreenVerbs.Edit, OpenScreenVerbs.Manage, OpenScreenVerbs.Cancel, OpenScreenVerbs.Status];

    public async Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (action, t) = (context.Action, context.Text);
        if (OpenScreenCardData.Read(action) is not { } data || await networks.GetPlanAsync(data.Network, cancellationToken) is not { } plan)
        {
            return Notice(t, "Os_Unknown");
        }

        var organizer = context.Activity.From?.AadObjectId;
        if (!access.CanAdminister(organizer, plan.Network))
        {
            return Notice(t, "Os_OrganizersOnly");
        }

        var now = time.GetUtcNow();
        Versioned<OpenScreenSession>? stored = null;
        if (data.Session is { } sessionId)
        {
            stored = await sessions.GetSessionAsync(plan.Network.Id, sessionId, cancellationToken);
            if (stored is null)
            {
                return action.Verb == OpenScreenVerbs.Status && OpenScreenService.IsSessionId(sessionId)
                    ? InvokeResponse.Card(OpenScreenManageCard.Working(t, plan.Network.Id, sessionId, t["Os_NotYet"]))
                    : Notice(t, "Os_Unknown");
            }

            if ((stored.Value.IsCancelled && action.Verb != OpenScreenVerbs.Cancel) || now >= stored.Value.Start)
            {
                return Notice(t, stored.Value.IsCancelled ? "Os_AlreadyCancelled" : "Os_AlreadyStarted");
            }
        }

        return action.Verb switch
        {
            OpenScreenVerbs.Form => InvokeResponse.Card(await forms.NewAsync(t, plan, OpenScreenForms.NoInput, [], null, cancellationToken)),
            OpenScreenVerbs.Edit when stored is not null => InvokeResponse.Card(OpenScreenFormCard.Form(t, plan, OpenScreenFormCard.Typed(stored.Value, plan.Network.Zone), [],
                stored.Value, stored.Value.MeetingEventId is null, null, [])),
            OpenScreenVerbs.Manage or OpenScreenVerbs.Status when stored is not null => InvokeResponse.Card(OpenScreenManageCard.Scheduled(t, plan, stored.Value,
                await openScreen.CountsAsync(plan.Network.Id, stored.Value.Id, cancellationToken), null, null, "Os_InviteTitle")),
            OpenScreenVerbs.Cancel when stored is not null => await CancelAsync(t, action, plan, stored, now, cancellationToken),
            OpenScreenVerbs.Schedule => await ScheduleAsync(context, data, plan, stored, organizer ?? "", now, cancellationToken),
            _ => Notice(t, "Os_Unknown"),
        };
    }

    private async Task<InvokeResponse> ScheduleAsync(CardActionContext context, OpenScreenCardData data, NetworkPlan plan, Versioned<OpenScreenSession>? stored, string organizer,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (action, t) = (context.Action, context.Text);
        var typed = Fields.ToDictionary(f => f, f => action.Data[OpenScreenRules.InputId(f)] is JsonValue v ? v.ToString() : null, StringComparer.Ordinal);
        var joinRequired = !openScreen.MeetingsConfigured || stored is { Value.MeetingEventId: null };
        var (draft, issues) = OpenScreenRules.Parse(plan, typed, now, joinRequired);
        if (draft is null)
        {
            return stored is null
                ? InvokeResponse.Card(await forms.NewAsync(t, plan, typed, issues, null, cancellationToken, joinRequired, data.Draft))
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

        // A second click on "schedule" (or a retry) finds the session the first one made: by the form's draft id, or
        // (a form from before draft ids) by time and topic.
        var sessionId = data.Draft ?? OpenScreenService.NewSessionId();
        var existing = (await sessions.ListSessionsAsync(plan.Network.Id, cancellationToken)).Select(s => s.Value)
            .FirstOrDefault(s => s.Id == sessionId || (!s.IsCancelled && s.Start == draft.Start && s.Topic == draft.Topic));
        if (existing is not null)
        {
            return InvokeResponse.Card(OpenScreenManageCard.Scheduled(t, plan, existing, await openScreen.CountsAsync(plan.Network.Id, existing.Id, cancellationToken), null, t["Os_AlreadyScheduled"]));
        }

        // Making the Teams meeting waits on Graph: past the quick answer the card says "working on it" and is replaced
        // by the result when it is done (the same draft id keeps a repeat from making a second meeting).
        return InvokeResponse.Card(await followUp.RunAsync(context.Turn, async ct =>
        {
            var outcome = await openScreen.ScheduleAsync(plan, draft, organizer, now, sessionId, ct);
            if (outcome.Session is not { } created)
            {
                var failure = outcome.MeetingFailure!;
                var notice = t.Format("Os_Graph_" + failure.Outcome, (int)Math.Ceiling(failure.RetryAfter?.TotalSeconds ?? 60));
                return await forms.NewAsync(t, plan, typed, [], notice, ct, joinUrlRequired: true, sessionId);
            }

            return OpenScreenManageCard.Scheduled(t, plan, created, RsvpCounts.None, outcome.InvitedChannels, null);
        }, OpenScreenManageCard.Working(t, plan.Network.Id, sessionId)));
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

    internal static InvokeResponse Notice(CardText t, string key, string? arg = null) =>
        InvokeResponse.Card(NoticeCard.Build(t["Os_FormTitle"], arg is null ? t[key] : t.Format(key, arg)));
}
