namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// Bounds the requests out at Teams whose answer has not been read yet: exactly the ones a crash turns into duplicates.
/// It starts at one and grows by one with every answer up to the maximum (a slow start): a just-started process answers
/// slowly while it warms up, and then would otherwise have all its sends out at once.
/// </summary>
public sealed class InFlightLimit(int max) : IDisposable
{
    private readonly SemaphoreSlim _permits = new(1, max);
    private int _size = 1;

    /// <summary>The current bound (for readiness and tests).</summary>
    public int Size => Volatile.Read(ref _size);

    public Task EnterAsync(CancellationToken cancellationToken) => _permits.WaitAsync(cancellationToken);

    /// <summary>The request was answered (or never left): its permit returns, and the bound grows by one until the maximum.</summary>
    public void Exit()
    {
        var grow = Volatile.Read(ref _size) < max && Interlocked.Increment(ref _size) <= max;
        _permits.Release(grow ? 2 : 1);
    }

    public void Dispose() => _permits.Dispose();
}
