using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Conversation;

/// <summary>Teams deep links (Teams docs, "Deep link to Teams chat": navigate to a channel conversation).</summary>
public static class DeepLinks
{
    /// <summary>
    /// A link that opens a channel conversation at its root message: <c>/l/message/{channel}/{message}</c> with the tenant
    /// and the message as <c>parentMessageId</c>. The team's Microsoft 365 group id, which the documented form also
    /// carries, does not come with channel messages, so it is left out.
    /// </summary>
    /// <summary>
    /// A link that opens the person's chat with the app (<c>/l/chat/0/0?users=28:{appId}</c>) with <paramref name="message"/>
    /// typed in the compose box (Teams docs, "Deep link to start a new chat": <c>message</c> prefills it).
    /// </summary>
    public static string BotChat(string appId, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appId);
        return $"https://teams.microsoft.com/l/chat/0/0?users={Uri.EscapeDataString("28:" + appId)}&message={Uri.EscapeDataString(message)}";
    }

    public static string ChannelMessage(ChannelLink channel, string messageId)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var message = Uri.EscapeDataString(messageId);
        return $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(channel.ChannelId)}/{message}"
            + $"?tenantId={Uri.EscapeDataString(channel.TenantId)}&parentMessageId={message}";
    }
}
