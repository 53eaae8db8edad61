using System.Text.RegularExpressions;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>Turns a message into a command word: the bot's @mention removed, tags and punctuation stripped, lower case.</summary>
public static partial class MessageText
{
    public static string Normalize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.Type == "mention" && mention.Text is { Length: > 0 } markup
                && string.Equals(mention.Mentioned?.Id, activity.Recipient?.Id, StringComparison.Ordinal))
            {
                text = text.Replace(markup, " ", StringComparison.Ordinal);
            }
        }

        text = AtTag().Replace(text, " ");
        text = Tag().Replace(text, " ");
        text = text.Replace("&nbsp;", " ", StringComparison.Ordinal);
        return Spaces().Replace(text, " ").Trim().TrimEnd('.', '!', '?').Trim().ToLowerInvariant();
    }

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
