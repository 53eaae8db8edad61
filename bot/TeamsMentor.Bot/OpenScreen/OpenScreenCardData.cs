using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// The network an open-screen card belongs to, the session it is about (none on a new form), an RSVP button's answer,
/// and on a new form the id the session will get (<see cref="Draft"/>: the same on every showing of that form, so a
/// repeated "schedule" finds the session, and the calendar event, the first one made).
/// </summary>
public sealed record OpenScreenCardData(string Network, string? Session = null, RsvpChoice? Choice = null, string? Draft = null) : ICardData<OpenScreenCardData>
{
    private const string NetworkField = "network";
    private const string SessionField = "session";
    private const string ChoiceField = "choice";
    private const string DraftField = "draft";

    public JsonObject ToJson()
    {
        var data = new JsonObject { [NetworkField] = Network };
        if (Session is not null)
        {
            data[SessionField] = Session;
        }

        if (Choice is { } choice)
        {
            data[ChoiceField] = ChoiceName(choice);
        }

        if (Draft is not null)
        {
            data[DraftField] = Draft;
        }

        return data;
    }

    /// <summary>The data, or null without a network; an unknown choice reads as none.</summary>
    public static OpenScreenCardData? Read(AdaptiveCardInvokeValue action) =>
        action is not null && CardIds.Required(action, NetworkField) is { } network && CardIds.Optional(action, SessionField, out var session)
            && CardIds.Optional(action, DraftField, out var draft)
            ? new OpenScreenCardData(network, session,
                action.DataString(ChoiceField) switch { "yes" => RsvpChoice.Yes, "maybe" => RsvpChoice.Maybe, "no" => RsvpChoice.No, _ => null },
                draft is not null && OpenScreenService.IsSessionId(draft) ? draft : null)
            : null;

    /// <summary>An answer as it is named on cards and in text keys (<c>Os_Rsvp_yes</c>).</summary>
    public static string ChoiceName(RsvpChoice choice) => choice switch { RsvpChoice.Yes => "yes", RsvpChoice.Maybe => "maybe", _ => "no" };
}
