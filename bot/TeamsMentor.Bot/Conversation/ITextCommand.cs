using System.Text.Json.Nodes;

namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// A text command (a message to the bot, its @mention removed and lower-cased by <see cref="MessageText"/>). The command
/// names the words it answers; <see cref="ConversationServiceCollectionExtensions.AddTextCommand{T}"/> reads them and the
/// <see cref="CommandRouter"/> looks the message up. The answer is a card, sent as the reply.
/// </summary>
public interface ITextCommand
{
    /// <summary>The normalized messages (bokmål and English, and their common variants) this command answers.</summary>
    static abstract IReadOnlyList<string> Words { get; }

    Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken);
}
