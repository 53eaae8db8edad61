namespace TeamsMentor.Bot.Conversation;

/// <summary>The log events of the turn pipeline (EventIds 2100-2199).</summary>
internal static partial class ConversationLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Debug, Message = "Turn: {ActivityType} {Name}.")]
    public static partial void Turn(ILogger logger, string activityType, string name);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "A card submission with no known handler was answered with a notice.")]
    public static partial void UnknownSubmission(ILogger logger);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Reply not sent: {Outcome} {Code}.")]
    public static partial void ReplyNotSent(ILogger logger, TeamsMentor.Protocol.Connector.ConnectorOutcome outcome, string code);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Card action {Verb} could not be confirmed in time ({Reason}); the sender was told to try again.")]
    public static partial void ActionNotConfirmed(ILogger logger, string verb, string reason);
}
