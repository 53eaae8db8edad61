namespace TeamsMentor.Protocol.Schema;

/// <summary>Teams' <c>conversation.conversationType</c> values.</summary>
public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}
