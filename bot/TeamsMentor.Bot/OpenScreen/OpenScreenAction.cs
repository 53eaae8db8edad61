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
    INetworkRepository networks, IOpenScreenRepository sessions, OpenScreenService openScreen, OpenScreenForms forms, AccessService access, TimeProvider time)
    : ICardAction
{
    private static readonly string[] Fields =
    [
        OpenScreenRules.DateField, OpenScreenRules.TimeField, OpenScreenRules.DurationField, OpenScreenRules.TopicField,
        OpenScreenRules.DescriptionField, OpenScreenRules.TeamsField, OpenScreenRules.JoinUrlField,
    ];

    /// <summary>Scheduling waits on Microsoft Graph (its own retries stop at Graph:MaxRetryWait, twice): more than storage alone, inside Teams' limit.</summary>
    public static TimeSpan Budget => TimeSpan.FromSeconds(12);

    public static IReadOnlyList<string> Verbs { get; } =
        [OpenScreenVerbs.Form, OpenScreenVerbs.Schedule, OpenScreenVerbs.Edit, OpenScreenVerbs.Manage, OpenScreenVerbs.Cancel];

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
                return Notice(t, "Os_Unknown");
            }

            if (stored.Value.IsCancelled || now >= stored.Value.Start)
            {
                return Notice(t, stored.Value.IsCancelled ? "Os_AlreadyCancelled" : "Os_AlreadyStarted");
            }
        }

        return action.Verb switch
        {
            OpenScreenVerbs.Form => InvokeResponse.Card(await forms.NewAsync(t, plan, OpenScreenForms.NoInput, [], null, cancellationToken)),
            OpenScreenVerbs.Edit when stored is not null => InvokeResponse.Card(OpenScreenFormCard.Form(t, plan, OpenScreenFormCard.Typed(stored.Value, plan.Network.Zone), [],
                stored.Value, stored.Value.MeetingEventId is null, null, [])),
            OpenScreenVerbs.Manage when stored is not null => InvokeResponse.Card(OpenScreenManageCard.Scheduled(t, plan, stored.Value,
                await openScreen.CountsAsync(plan.Network.Id, stored.Value.Id, cancellationToken), null, null, "Os_InviteTitle")),
            OpenScreenVerbs.Cancel when stored is not null => await CancelAsync(t, action, plan, stored, now, cancellationToken),
            OpenScreenVerbs.Schedule => await ScheduleAsync(t, action, plan, stored, organizer ?? "", now, cancellationToken),
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
                ? InvokeResponse.Card(await forms.NewAsync(t, plan, typed, issues, null, cancellationToken, joinRequired))
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
            return InvokeResponse.Card(await forms.NewAsync(t, plan, typed, [], notice, cancellationToken, joinUrlRequired: true));
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

    internal static InvokeResponse Notice(CardText t, string key, string? arg = null) =>
        InvokeResponse.Card(NoticeCard.Build(t["Os_FormTitle"], arg is null ? t[key] : t.Format(key, arg)));
}
