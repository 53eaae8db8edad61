using Azure.Core;
using Azure.Core.Pipeline;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Infrastructure.Storage;

/// <summary>
/// The storage client's outermost policy (per call, around its retries): when storage did not answer in the end (no
/// connection, a timeout, 408, 429 or 5xx), the caller gets a <see cref="StorageUnavailableException"/> instead of an
/// Azure exception, so nothing above Infrastructure matches Azure's types. Answers about the data (404, 409, 412, 400)
/// pass through to the repositories, which turn them into outcomes. A caller's own cancellation stays a cancellation.
/// </summary>
public sealed class StorageFailurePolicy : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            ProcessNext(message, pipeline);
        }
        catch (Exception ex) when (!message.CancellationToken.IsCancellationRequested && StorageFailures.IsTransient(ex))
        {
            throw Unavailable(ex);
        }

        ThrowIfUnavailable(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            await ProcessNextAsync(message, pipeline);
        }
        catch (Exception ex) when (!message.CancellationToken.IsCancellationRequested && StorageFailures.IsTransient(ex))
        {
            throw Unavailable(ex);
        }

        ThrowIfUnavailable(message);
    }

    private static void ThrowIfUnavailable(HttpMessage message)
    {
        if (message.HasResponse && StorageFailures.IsTransient(message.Response.Status))
        {
            throw new StorageUnavailableException($"Table Storage answered {message.Response.Status} after retries.");
        }
    }

    private static StorageUnavailableException Unavailable(Exception ex) => new($"Table Storage did not answer ({ex.GetType().Name}).", ex);
}
