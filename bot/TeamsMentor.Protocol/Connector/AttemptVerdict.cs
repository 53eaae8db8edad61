namespace TeamsMentor.Protocol.Connector;

/// <summary>One attempt's verdict: a final result, or a retryable failure with the delay to wait.</summary>
internal sealed record AttemptVerdict<T>(ConnectorResult<T>? Result, int? StatusCode, string? ErrorCode, TimeSpan? RetryDelay)
{
    public static AttemptVerdict<T> Final(ConnectorResult<T> result) => new(result, result.StatusCode, result.ErrorCode, null);

    public static AttemptVerdict<T> Retry(int? statusCode, string errorCode, TimeSpan delay) => new(null, statusCode, errorCode, delay);
}
