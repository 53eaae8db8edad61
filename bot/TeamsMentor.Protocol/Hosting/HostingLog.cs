using Microsoft.Extensions.Logging;
using TeamsMentor.Protocol.Authentication;

namespace TeamsMentor.Protocol.Hosting;

/// <summary>The log events of /api/messages (EventIds 1000-1099).</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Refused /api/messages request: {Status}, {Reason}.")]
    public static partial void Refused(ILogger logger, BotAuthStatus status, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Ignored a {ActivityType} activity from a tenant outside Bot:AllowedTenants.")]
    public static partial void TenantNotAllowed(ILogger logger, string activityType);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Refused an activity of type {ActivityType}: {Field} is missing or invalid.")]
    public static partial void Malformed(ILogger logger, string activityType, string field);

    /// <remarks>The exception's type and stack only: its message may quote what the sender wrote.</remarks>
    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "A {ActivityType} turn failed with {ExceptionType} at {StackTrace}; answered without an error status.")]
    public static partial void TurnFailed(ILogger logger, string activityType, string exceptionType, string stackTrace);
}
