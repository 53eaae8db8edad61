using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// The open-screen invite (in each invited team's channel): topic, time, Join, "add to calendar" (.ics) and RSVP buttons
/// with everyone's counts; each viewer's client asks for their own view (<c>refresh</c>) that also shows their answer. A
/// cancelled or moved session's card is updated in place. Reminders are a short card with the same buttons.
/// </summary>
public static class OpenScreenInviteCard
{
    /// <summary>"onsdag 10. mai kl. 12:00–13:00" in the network's time zone.</summary>
    public static string When(CardText t, LearningNetwork network, OpenScreenSession session)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(session);
        var end = NetworkClock.ToLocal(session.End, network.Zone).ToString("HH:mm", t.Culture);
        return $"{t.DateTime(session.Start, network.Zone)}–{end}";
    }

    /// <param name="calendarUrl">The .ics link, or null when the app's public address is not configured.</param>
    /// <param name="mine">The viewer's own answer, for their own view (null: the shared card, or no answer yet).</param>
    /// <param name="personal">True for one viewer's view (no further refresh); false for the shared message.</param>
    public static JsonObject Build(CardText t, NetworkPlan plan, OpenScreenSession session, RsvpCounts counts, string? calendarUrl, RsvpChoice? mine, bool personal,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(counts);
        var network = plan.Network;
        if (session.IsCancelled)
        {
            var cancelled = t.Format("Os_CancelledTitle", session.Topic);
            return Card(cancelled, new JsonArray(Text(cancelled, size: "Medium", weight: "Bolder"), Text(t.Format("Os_CancelledText", When(t, network, session)))));
        }

        var title = t.Format("Os_InviteTitle", session.Topic);
        var body = new JsonArray(
            Text(title, size: "Medium", weight: "Bolder"),
            Text(When(t, network, session), weight: "Bolder", spacing: "Small"),
            Text(t.Format(session.TeamIds.Count == 0 ? "Os_InviteIntroAll" : "Os_InviteIntroTeams", network.Name), spacing: "Small"));
        if (!string.IsNullOrWhiteSpace(session.Description))
        {
            body.Add(Text(session.Description));
        }

        body.Add(Text(Counts(t, counts), subtle: true));
        var over = now >= session.End;
        if (over)
        {
            body.Add(Text(t["Os_Over"], weight: "Bolder"));
        }
        else if (mine is { } choice)
        {
            body.Add(Good(t.Format("Os_YourAnswer", t["Os_Rsvp_" + OpenScreenCardData.ChoiceName(choice)])));
        }

        var actions = over ? [] : Links(t, session, calendarUrl);
        if (!over)
        {
            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = RsvpActions(t, network.Id, session.Id, mine) });
        }

        var card = Card(title + " – " + When(t, network, session), body, actions);
        if (!personal && !over)
        {
            card["refresh"] = new JsonObject { ["action"] = Execute(t["Os_Refresh"], OpenScreenVerbs.View, new OpenScreenCardData(network.Id, session.Id).ToJson()) };
        }

        return card;
    }

    /// <summary>A reminder (1 day or 15 minutes before): time, Join, and the RSVP buttons.</summary>
    public static JsonObject Reminder(CardText t, NetworkPlan plan, OpenScreenSession session, int minutesBefore, RsvpCounts counts, string? calendarUrl)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(session);
        var title = t.Format(minutesBefore >= 1440 ? "Os_ReminderTomorrow" : "Os_ReminderSoon", session.Topic, minutesBefore);
        var body = new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Text(When(t, plan.Network, session), spacing: "Small"), Text(Counts(t, counts), subtle: true),
            new JsonObject { ["type"] = "ActionSet", ["actions"] = RsvpActions(t, plan.Network.Id, session.Id, null) });
        return Card(title, body, Links(t, session, calendarUrl));
    }

    public static string Counts(CardText t, RsvpCounts counts)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(counts);
        return t.Format("Os_Counts", counts.Yes, counts.Maybe, counts.No);
    }

    /// <summary>"Join the meeting" and "Add to calendar", where there is something to open.</summary>
    private static JsonArray Links(CardText t, OpenScreenSession session, string? calendarUrl)
    {
        var actions = new JsonArray();
        if (session.JoinUrl is { } join)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t["Os_Join"], ["url"] = join, ["style"] = "positive" });
        }

        if (calendarUrl is not null)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t["Os_AddToCalendar"], ["url"] = calendarUrl });
        }

        return actions;
    }

    private static JsonArray RsvpActions(CardText t, string networkId, string sessionId, RsvpChoice? mine) =>
        new([.. new[] { RsvpChoice.Yes, RsvpChoice.Maybe, RsvpChoice.No }.Select(c =>
        {
            var action = Execute(t["Os_Rsvp_" + OpenScreenCardData.ChoiceName(c)], OpenScreenVerbs.Rsvp, new OpenScreenCardData(networkId, sessionId, c).ToJson());
            if (mine == c)
            {
                action["style"] = "positive";
            }

            return (JsonNode)action;
        })]);
}
