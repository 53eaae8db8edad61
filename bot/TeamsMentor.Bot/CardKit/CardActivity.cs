using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsMentor.Protocol.Schema;
using TeamsMentor.Protocol.Serialization;

namespace TeamsMentor.Bot.CardKit;

/// <summary>A card as the message activity the delivery engine stores and sends (composed when enqueued).</summary>
public static class CardActivity
{
    public static string Json(JsonObject card, CardText t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Locale = t.Culture.Name,
            Attachments = [Attachment.AdaptiveCard(card)],
        };
        return JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);
    }
}
