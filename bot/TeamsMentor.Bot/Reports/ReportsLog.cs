namespace TeamsMentor.Bot.Reports;

/// <summary>The log events of status reports (EventIds 4100-4199).</summary>
internal static partial class ReportsLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Status report of {NetworkId}/{TeamId} for gathering {Gathering} saved; no channel card of the delivery engine to update.")]
    public static partial void NoChannelCard(ILogger logger, string networkId, string teamId, int gathering);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Status report of {NetworkId}/{TeamId} for gathering {Gathering}: storage did not confirm the save in time; the form went back as typed.")]
    public static partial void SaveNotConfirmed(ILogger logger, string networkId, string teamId, int gathering);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Status report of {NetworkId}/{TeamId} for gathering {Gathering} saved; its channel card could not be queued for an update in time.")]
    public static partial void ChannelCardNotQueued(ILogger logger, string networkId, string teamId, int gathering);
}
