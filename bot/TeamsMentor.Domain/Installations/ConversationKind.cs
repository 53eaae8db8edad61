namespace TeamsMentor.Domain.Installations;

/// <summary>Where the app is installed: a 1:1 chat with one person, a group chat, or a team channel.</summary>
public enum ConversationKind
{
    Personal,
    GroupChat,
    Channel,
}
