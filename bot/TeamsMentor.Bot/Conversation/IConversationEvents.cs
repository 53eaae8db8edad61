using TeamsMentor.Protocol.Hosting;

namespace TeamsMentor.Bot.Conversation;

/// <summary>What the app does when it is added to or removed from a conversation (the Installations feature implements it).</summary>
public interface IConversationEvents
{
    Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken);

    Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken);
}
