using Azure;

namespace TeamsMentor.Infrastructure.Storage;

/// <summary>Exceptions that mean "storage did not answer" (a network error, a timeout, 408/429/5xx after the SDK's retries).</summary>
internal static class StorageFailures
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsTransient),
        HttpRequestException or TimeoutException or IOException => true,
        TaskCanceledException => true,
        _ => false,
    };

    public static bool IsTransient(int status) => status is 408 or 429 or >= 500;
}
