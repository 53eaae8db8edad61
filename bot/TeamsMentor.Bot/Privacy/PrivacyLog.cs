namespace TeamsMentor.Bot.Privacy;

/// <summary>The log events of privacy requests and retention (EventIds 4400-4499). Never who was erased or exported.</summary>
internal static partial class PrivacyLog
{
    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Erasure {ErasureId} in {Scope} (shared rows: {Shared}): {Deleted} rows deleted, {Changed} rewritten, {Remaining} still naming the person.")]
    public static partial void Erased(ILogger logger, string erasureId, string scope, bool shared, int deleted, int changed, int remaining);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Information, Message = "Personal data export of {Rows} rows in {Scope}.")]
    public static partial void Exported(ILogger logger, int rows, string scope);

    [LoggerMessage(EventId = 4403, Level = LogLevel.Information, Message = "Retention: the content and recipients of {Cleared} deliveries sent long ago were cleared.")]
    public static partial void PayloadsCleared(ILogger logger, int cleared);
}
