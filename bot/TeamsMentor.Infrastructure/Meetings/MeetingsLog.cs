using Microsoft.Extensions.Logging;

namespace TeamsMentor.Infrastructure.Meetings;

/// <summary>The log events of Microsoft Graph meetings (EventIds 5100-5199).</summary>
internal static partial class MeetingsLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Microsoft Graph refused the meeting {Operation}: {Status} {Code}.")]
    public static partial void GraphRefused(ILogger logger, string operation, int status, string code);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Microsoft Graph could not be reached for the meeting {Operation} ({Error}).")]
    public static partial void GraphUnreachable(ILogger logger, string operation, string error);
}
