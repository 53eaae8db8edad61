using Azure.Core;
using Azure.Core.Pipeline;

namespace TeamsMentor.Testing;

/// <summary>
/// An Azure SDK pipeline policy placed per retry, so it sees every Table request that goes out: the benchmarks count
/// transactions with it, and the tests that hold the host to a number of reads.
/// </summary>
public abstract class TableRequestPolicy : HttpPipelinePolicy
{
    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Count(message);
        return ProcessNextAsync(message, pipeline);
    }

    protected abstract void Count(HttpMessage message);

    /// <summary>The request as "METHOD kind table" (kind: query, entity or batch; the table without <paramref name="prefix"/>).</summary>
    protected static string Operation(HttpMessage message, string prefix)
    {
        ArgumentNullException.ThrowIfNull(message);
        var path = message.Request.Uri.Path.Split('/').Last();
        var table = path.Split('(')[0];
        table = prefix.Length > 0 && table.StartsWith(prefix, StringComparison.Ordinal) ? table[prefix.Length..] : table;
        var kind = path == "$batch" ? "batch" : path.EndsWith("()", StringComparison.Ordinal) || !path.Contains('(', StringComparison.Ordinal) ? "query" : "entity";
        return $"{message.Request.Method} {kind} {table}";
    }
}

/// <summary>Counts every Table request, in total and by operation (<see cref="TableRequestPolicy.Operation"/>).</summary>
public sealed class TableRequestCounter(string prefix) : TableRequestPolicy
{
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public System.Collections.Concurrent.ConcurrentDictionary<string, int> ByOperation { get; private set; } = new(StringComparer.Ordinal);

    public void Reset()
    {
        Interlocked.Exchange(ref _total, 0);
        ByOperation = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(StringComparer.Ordinal);
    }

    protected override void Count(HttpMessage message)
    {
        Interlocked.Increment(ref _total);
        ByOperation.AddOrUpdate(Operation(message, prefix), 1, (_, n) => n + 1);
    }
}
