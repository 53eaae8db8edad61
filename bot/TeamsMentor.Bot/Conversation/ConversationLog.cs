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

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Card action {Name} takes longer than Teams waits: answered 'working on it', the card follows when done.")]
    public static partial void FollowUpStarted(ILogger logger, string name);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Warning, Message = "The follow-up card could not be shown: {Outcome} {Code}.")]
    public static partial void FollowUpNotShown(ILogger logger, string outcome, string code);

    /// <summary>The exception's type and stack only: its message may carry ids or names.</summary>
    [LoggerMessage(EventId = 2106, Level = LogLevel.Error, Message = "The work behind a follow-up card failed: {ExceptionType} at {StackTrace}")]
    public static partial void FollowUpFailed(ILogger logger, string exceptionType, string stackTrace);
}
