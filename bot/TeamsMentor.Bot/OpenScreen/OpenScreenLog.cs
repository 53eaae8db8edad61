namespace TeamsMentor.Bot.OpenScreen;

/// <summary>The log events of open screen (EventIds 2300-2399).</summary>
internal static partial class OpenScreenLog
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Open screen {SessionId} scheduled in {NetworkId}: {Channels} invite(s) queued; meeting by Graph: {ByGraph}.")]
    public static partial void Scheduled(ILogger logger, string networkId, string sessionId, int channels, bool byGraph);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "Open screen {SessionId} in {NetworkId} cancelled.")]
    public static partial void Cancelled(ILogger logger, string networkId, string sessionId);
}
