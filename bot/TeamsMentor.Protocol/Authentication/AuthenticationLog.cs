using Microsoft.Extensions.Logging;

namespace TeamsMentor.Protocol.Authentication;

/// <summary>The log events of inbound authentication (EventIds 1100-1199).</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Bot Framework signing keys refreshed: {KeyCount} keys.")]
    public static partial void KeysRefreshed(ILogger logger, int keyCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Refreshing the Bot Framework signing keys failed; keeping the previous keys if any.")]
    public static partial void KeysRefreshFailed(ILogger logger, Exception exception);
}
