using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// Wakes this process's idle sender when something was enqueued here (<see cref="IOutboxSignal"/>): the sender backs
/// off while the outbox is empty (<see cref="DeliveryOptions.IdlePollInterval"/>), so an idle host costs almost no
/// Table transactions, and still sends what this instance enqueues at once.
/// </summary>
public sealed class OutboxSignal : IOutboxSignal, IDisposable
{
    private readonly SemaphoreSlim _enqueued = new(0, 1);

    public void Enqueued()
    {
        try
        {
            _enqueued.Release();
        }
        catch (SemaphoreFullException)
        {
            // already signalled: one wake-up is enough
        }
    }

    /// <summary>Waits until something is enqueued here or <paramref name="timeout"/> has passed on <paramref name="time"/>'s clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _enqueued.WaitAsync(either.Token);
        var elapsed = Task.Delay(timeout, time, either.Token);
        await Task.WhenAny(signalled, elapsed);
        await either.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await Task.WhenAll(signalled, elapsed);
        }
        catch (OperationCanceledException)
        {
            // the one that lost the race
        }
    }

    public void Dispose() => _enqueued.Dispose();
}
