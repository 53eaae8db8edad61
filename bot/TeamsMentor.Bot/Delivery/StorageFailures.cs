namespace TeamsMentor.Bot.Delivery;

/// <summary>Exceptions that mean "storage did not answer" (a network error, a timeout, 5xx after the SDK's retries): wait and try again.</summary>
public static class StorageFailures
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        Azure.RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        HttpRequestException or TimeoutException or IOException => true,
        TaskCanceledException => true,
        _ => false,
    };
}
