using System.Security.Cryptography;
using System.Text;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// What every log event of one turn carries: the activity's id, and a hash of its conversation id instead of the id
/// itself (a personal chat's id identifies a person). The same conversation always gives the same hash, so a turn's
/// events, and a conversation's turns, can be followed without the log holding who it was.
/// </summary>
public static class TurnLogScope
{
    public const string ActivityId = "ActivityId";
    public const string ConversationHash = "ConversationHash";

    public static IDisposable? Begin(ILogger logger, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(activity);
        return logger.BeginScope(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [ActivityId] = activity.Id,
            [ConversationHash] = Hash(activity.Conversation?.Id),
        });
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the conversation id; null without one.</summary>
    public static string? Hash(string? conversationId) =>
        conversationId is null ? null : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)))[..16];
}
