namespace TeamsMentor.Protocol.Connector;

/// <summary>The result of a connector call: the outcome, the value on success, and the facts needed to retry or report.</summary>
public sealed record ConnectorResult<T>(
    ConnectorOutcome Outcome,
    T? Value = default,
    TimeSpan? RetryAfter = null,
    int? StatusCode = null,
    string? ErrorCode = null,
    int Attempts = 1)
{
    public bool IsSuccess => Outcome == ConnectorOutcome.Sent;

    internal static ConnectorResult<T> Failed(string errorCode, int? statusCode = null, int attempts = 1) =>
        new(ConnectorOutcome.Failed, StatusCode: statusCode, ErrorCode: errorCode, Attempts: attempts);
}
