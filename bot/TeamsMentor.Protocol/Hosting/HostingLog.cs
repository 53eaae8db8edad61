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
}
