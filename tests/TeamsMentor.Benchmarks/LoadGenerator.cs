using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace TeamsMentor.Benchmarks;

/// <summary>A closed-loop HTTP load generator: N workers post the same request back to back for a fixed time.</summary>
internal static class LoadGenerator
{
    public sealed record Result(long Ok, long Errors, double Seconds, double[] LatenciesMs)
    {
        public double RequestsPerSecond => Ok / Seconds;

        public double Percentile(double p) => LatenciesMs.Length == 0 ? 0 : LatenciesMs[(int)Math.Min(LatenciesMs.Length - 1, Math.Floor(p * LatenciesMs.Length))];
    }

    public static async Task<Result> RunAsync(Uri uri, byte[] body, string? bearer, int concurrency, TimeSpan warmup, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler);
        await LoopAsync(http, uri, body, bearer, concurrency, warmup, null);
        var latencies = new List<double>[concurrency];
        for (var i = 0; i < latencies.Length; i++)
        {
            latencies[i] = [];
        }

        var watch = Stopwatch.StartNew();
        var (ok, errors) = await LoopAsync(http, uri, body, bearer, concurrency, duration, latencies);
        watch.Stop();
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Result(ok, errors, watch.Elapsed.TotalSeconds, all);
    }

    private static async Task<(long Ok, long Errors)> LoopAsync(
        HttpClient http, Uri uri, byte[] body, string? bearer, int concurrency, TimeSpan duration, List<double>[]? latencies)
    {
        long ok = 0, errors = 0;
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < until)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                if (bearer is not null)
                {
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
                }

                var start = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref ok);
                    latencies?[w].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return (ok, errors);
    }

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
