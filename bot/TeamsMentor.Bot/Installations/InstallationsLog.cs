using TeamsMentor.Domain.Installations;

namespace TeamsMentor.Bot.Installations;

/// <summary>The log events of installations (EventIds 2000-2099).</summary>
internal static partial class InstallationsLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "App installed in a {Kind} conversation (serviceUrl verified: {Verified}).")]
    public static partial void Installed(ILogger logger, ConversationKind kind, bool verified);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "App removed; {Count} conversation(s) marked inactive.")]
    public static partial void Removed(ILogger logger, int count);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Install activity ({Type}) lacks tenant, conversation, serviceUrl or bot id; nothing stored.")]
    public static partial void IncompleteInstall(ILogger logger, string type);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Welcome message not sent: {Outcome} {Code}.")]
    public static partial void WelcomeNotSent(ILogger logger, TeamsMentor.Protocol.Connector.ConnectorOutcome outcome, string code);
}
