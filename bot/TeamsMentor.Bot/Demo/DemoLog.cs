namespace TeamsMentor.Bot.Demo;

/// <summary>The log events of the demo seeders (EventIds 3900-3999).</summary>
internal static partial class DemoLog
{
    [LoggerMessage(EventId = 3901, Level = LogLevel.Information, Message = "Demo plan {NetworkId} imported: {Teams} teams, {Gatherings} gatherings.")]
    public static partial void Imported(ILogger logger, string networkId, int teams, int gatherings);

    [LoggerMessage(EventId = 3902, Level = LogLevel.Information, Message = "Demo network {NetworkId} is already stored; left as it is.")]
    public static partial void AlreadyThere(ILogger logger, string networkId);

    [LoggerMessage(EventId = 3903, Level = LogLevel.Information, Message = "Demo network {NetworkId}: gathering {Gathering}'s evaluation opened with {Count} invented answers.")]
    public static partial void EvaluationsSeeded(ILogger logger, string networkId, int gathering, int count);

    [LoggerMessage(EventId = 3904, Level = LogLevel.Information, Message = "Demo: seeded {Count} open-screen sessions in {NetworkId}.")]
    public static partial void OpenScreenSeeded(ILogger logger, string networkId, int count);

    [LoggerMessage(EventId = 3906, Level = LogLevel.Information, Message = "Demo network {NetworkId}: attendance at {Count} gatherings seeded.")]
    public static partial void AttendanceSeeded(ILogger logger, string networkId, int count);

    [LoggerMessage(EventId = 3905, Level = LogLevel.Information, Message = "Demo network {NetworkId}: {Reports} status reports and {Teams} teams' task progress seeded.")]
    public static partial void ReportsSeeded(ILogger logger, string networkId, int reports, int teams);

    [LoggerMessage(EventId = 3907, Level = LogLevel.Information, Message = "Demo network {NetworkId}: {Count} follow-ups seeded.")]
    public static partial void FollowUpsSeeded(ILogger logger, string networkId, int count);
}
