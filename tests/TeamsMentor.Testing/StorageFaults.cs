using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsMentor.Testing;

/// <summary>
/// A pipeline policy (add it per call, before retries) that makes the storage write it is armed for fail with a 503,
/// as a dropped connection or an outage would, without the request reaching the service: a test arms it for the
/// first, second, … write of an operation and checks what a failure at each step leaves behind.
/// </summary>
public sealed class StorageFaults : HttpPipelinePolicy
{
    private int _countdown;
    private int _writes;
    private volatile bool _persist;

    /// <summary>Writes seen (failed or not) since the policy was made.</summary>
    public int Writes => Volatile.Read(ref _writes);

    /// <summary>Whether the armed fault has been thrown since <see cref="FailWrite"/>.</summary>
    public bool Fired { get; private set; }

    /// <summary>
    /// Fails the <paramref name="n"/>th write (any request but GET) from now: once (a dropped request), or with
    /// <paramref name="andAfter"/> every write after it too until <see cref="Off"/> (storage gone).
    /// </summary>
    public void FailWrite(int n, bool andAfter = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        Fired = false;
        _persist = andAfter;
        Volatile.Write(ref _countdown, n);
    }

    public void Off()
    {
        _persist = false;
        Volatile.Write(ref _countdown, 0);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Check(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Request.Method == RequestMethod.Get)
        {
            return;
        }

        Interlocked.Increment(ref _writes);
        if (Volatile.Read(ref _countdown) == 0)
        {
            return;
        }

        if (Interlocked.Decrement(ref _countdown) <= 0)
        {
            if (_persist)
            {
                Volatile.Write(ref _countdown, 1);
            }

            Fired = true;
            throw new RequestFailedException(503, "Injected storage fault");
        }
    }
}
