using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>Where in Teams an activity comes from: the channel id (without a thread's ";messageid=") and the team.</summary>
public static class ChannelAddress
{
    public static bool IsChannel(Activity activity) =>
        string.Equals(activity?.Conversation?.ConversationType, ConversationTypes.Channel, StringComparison.Ordinal)
        || activity?.ChannelData?.Channel?.Id is not null;

    public static string? ChannelId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData?.Channel?.Id is { Length: > 0 } id)
        {
            return id;
        }

        var conversation = activity.Conversation?.Id;
        if (conversation is null || !IsChannel(activity))
        {
            return null;
        }

        var thread = conversation.IndexOf(";messageid=", StringComparison.Ordinal);
        return thread < 0 ? conversation : conversation[..thread];
    }
}
