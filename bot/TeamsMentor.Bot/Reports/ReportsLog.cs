namespace TeamsMentor.Bot.Reports;

/// <summary>The log events of status reports (EventIds 4100-4199).</summary>
internal static partial class ReportsLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Status report of {NetworkId}/{TeamId} for gathering {Gathering} saved; no channel card of the delivery engine to update.")]
    public static partial void NoChannelCard(ILogger logger, string networkId, string teamId, int gathering);
}
