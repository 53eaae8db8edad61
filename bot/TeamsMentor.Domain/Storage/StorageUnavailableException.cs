namespace TeamsMentor.Domain.Storage;

/// <summary>
/// Storage did not answer (a network error, a timeout, throttling or a server error, after the storage client's own
/// retries). Nothing the caller sent was wrong: wait and try again. Repositories never throw it for an answer about the
/// data itself (not found, conflict), which they return as outcomes.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    public StorageUnavailableException()
        : this("Storage did not answer.")
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
