using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>The organizer's answer after scheduling, changing or cancelling: what was done, where the invites went, what next.</summary>
public static class OpenScreenManageCard
{
    /// <param name="invitedChannels">Invite cards queued now (null: a change, the cards already out are updated).</param>
    /// <param name="warning">Something the organizer should know (the calendar did not follow).</param>
    /// <param name="titleKey">The heading (default: scheduled when invites were queued now, else changed).</param>
    public static JsonObject Scheduled(CardText t, NetworkPlan plan, OpenScreenSession session, RsvpCounts counts, int? invitedChannels, string? warning, string? titleKey = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(session);
        var title = t.Format(titleKey ?? (invitedChannels is null ? "Os_ChangedTitle" : "Os_ScheduledTitle"), session.Topic);
        var teams = session.TeamIds.Count == 0 ? t["Os_AllTeams"]
            : string.Join(", ", plan.Teams.Where(x => session.Invites(x.Id)).Select(x => x.Name));
        var body = new JsonArray(
            Good(title),
            Facts([
                (t["Os_FactWhen"], OpenScreenInviteCard.When(t, plan.Network, session)),
                (t["Os_FactTeams"], teams),
                (t["Os_FactMeeting"], t[session.MeetingEventId is null ? "Os_MeetingPasted" : "Os_MeetingCreated"]),
                (t["Os_FactAnswers"], OpenScreenInviteCard.Counts(t, counts)),
            ]));
        if (invitedChannels is { } n)
        {
            body.Add(Text(n == 0 ? t["Os_NoChannels"] : (n == 1 ? t["Os_InvitesQueuedOne"] : t.Format("Os_InvitesQueued", n))));
        }

        if (warning is not null)
        {
            body.Add(Attention(warning));
        }

        var actions = new JsonArray();
        if (session.JoinUrl is { } join)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t["Os_Join"], ["url"] = join });
        }

        foreach (var action in OpenScreenFormCard.ManageActions(t, plan.Network.Id, session))
        {
            actions.Add(action);
        }

        actions.Add(Execute(t["Os_ScheduleAnother"], OpenScreenVerbs.Form, new OpenScreenCardData(plan.Network.Id).ToJson()));
        return Card(title, body, actions);
    }

    public static JsonObject Cancelled(CardText t, NetworkPlan plan, OpenScreenSession session, string? warning)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(session);
        var title = t.Format("Os_CancelledTitle", session.Topic);
        var body = new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Text(t.Format("Os_CancelledDone", OpenScreenInviteCard.When(t, plan.Network, session))));
        if (warning is not null)
        {
            body.Add(Attention(warning));
        }

        return Card(title, body, new JsonArray(Execute(t["Os_ScheduleAnother"], OpenScreenVerbs.Form, new OpenScreenCardData(plan.Network.Id).ToJson())));
    }

    /// <summary>
    /// The answer while the Teams meeting is still being made (Graph is slow): the card is replaced by the result when
    /// it is done; until then, or if it never is, the status button shows where it stands.
    /// </summary>
    public static JsonObject Working(CardText t, string networkId, string sessionId, string? notice = null)
    {
        var title = t["Os_FormTitle"];
        var body = new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Text(notice ?? t["Os_Working"]));
        return Card(title, body, new JsonArray(
            Execute(t["Os_Status"], OpenScreenVerbs.Status, new OpenScreenCardData(networkId, sessionId).ToJson()),
            Execute(t["Os_ScheduleAnother"], OpenScreenVerbs.Form, new OpenScreenCardData(networkId).ToJson())));
    }
}
