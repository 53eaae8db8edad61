using Microsoft.Extensions.Logging;

namespace TeamsMentor.Protocol.Connector;

/// <summary>The log events of the connector client (EventIds 1200-1299).</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Refused to call untrusted connector host {Host}.")]
    public static partial void UntrustedServiceUrl(ILogger logger, string host);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Connector call failed: HTTP {Status} {Code} (operation {OperationId}).")]
    public static partial void CallFailed(ILogger logger, int status, string code, string operationId);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Retrying connector call after HTTP {Status}, attempt {Attempt}, in {DelayMs} ms.")]
    public static partial void Retrying(ILogger logger, int status, int attempt, double delayMs);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Warning, Message = "Connector transport error.")]
    public static partial void TransportError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Error, Message = "Outgoing activity is {Bytes} bytes, over the limit of {Limit}; not sent.")]
    public static partial void ActivityTooLarge(ILogger logger, int bytes, int limit);

    [LoggerMessage(EventId = 1206, Level = LogLevel.Error, Message = "No token for the Bot Connector could be obtained.")]
    public static partial void TokenUnavailable(ILogger logger, Exception exception);
}
