namespace TeamsMentor.Bot.Delivery;

/// <summary>The log events of the delivery engine: senders, batches, scheduler (EventIds 3000-3099).</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Instance {Instance} is now the sender; of its previous run, {Recorded} journaled answers recorded and {Released} deliveries put back in line.")]
    public static partial void BecameSender(ILogger logger, string instance, int recorded, int released);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Outbox storage unavailable ({Error}); retrying.")]
    public static partial void SenderStorageUnavailable(ILogger logger, string error);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "The sender loop failed; retrying in 5 s.")]
    public static partial void LoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "A delivery of wave {WaveId} was dead-lettered: {Reason}.")]
    public static partial void DeadLettered(ILogger logger, string waveId, string reason);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "A delivery of wave {WaveId} was changed by someone else while it was being sent; its result was not recorded.")]
    public static partial void ClaimLost(ILogger logger, string waveId);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "Could not claim or record a delivery ({Error}); it will be tried again.")]
    public static partial void ClaimFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Warning, Message = "The answer journal cannot be written (check Delivery:JournalDirectory); until it can, a crash between an answer and its outbox write posts again.")]
    public static partial void JournalFailed(ILogger logger);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Enqueued wave {WaveId} with {Count} deliveries.")]
    public static partial void Enqueued(ILogger logger, string waveId, int count);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "Scheduler could not reach storage ({Error}); trying again next pass.")]
    public static partial void SchedulerStorageUnavailable(ILogger logger, string error);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Error, Message = "A scheduler pass failed.")]
    public static partial void PassFailed(ILogger logger, Exception exception);
}
