using System.Text.Json.Nodes;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.CardKit;

/// <summary>A short card with a title and one message (used when a command cannot be carried out).</summary>
public static class NoticeCard
{
    public static JsonObject Build(string title, string message) =>
        Card(title + ": " + message, new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Text(message)));
}
