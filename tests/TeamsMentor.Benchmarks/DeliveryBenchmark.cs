using System.Diagnostics;
using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Benchmarks;

/// <summary>
/// A wave of personal prompts plus channel posts (default 2,500 + 30) through the real host against the
/// limit-enforcing fake connector on loopback, storage on Azurite: messages/s, wall time against the theoretical
/// minimum at the tenant limit, 429s, duplicates, losses.
/// </summary>
internal static class DeliveryBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var personal = InProcessBot.Option(args, "--personal", 2500);
        var channels = InProcessBot.Option(args, "--channels", 30);
        var total = personal + channels;
        await using var rig = await DeliveryRig.StartAsync();
        await rig.StartBotAsync();
        Console.WriteLine($"delivery benchmark: {personal:N0} personal prompts + {channels} channel threads = {total:N0} messages; tenant limit 50/s; {Environment.ProcessorCount} cores");

        var enqueue = Stopwatch.StartNew();
        await rig.Store.EnqueueAsync(new WaveRequest("bench:wave", "bench", "Benchmark", DateTimeOffset.UtcNow), DeliveryRig.Wave("bench", personal, channels, rig.Fake.ServiceUrl), CancellationToken.None);
        enqueue.Stop();
        var wall = Stopwatch.StartNew();
        var done = await rig.WaitDeliveredAsync("bench", total, TimeSpan.FromSeconds((total / 50.0 * 3) + 60));
        wall.Stop();
        await Task.Delay(TimeSpan.FromSeconds(3)); // late duplicates would show up here

        var rows = (await rig.Store.GetWaveAsync("bench", "bench:wave", CancellationToken.None))!;
        var delivered = rig.Distinct("bench");
        var minimum = total / 50.0;
        var first = rig.Fake.Accepted.Min(a => a.At);
        var last = rig.Fake.Accepted.Max(a => a.At);
        var sustained = (delivered - 1) / (last - first).TotalSeconds;
        Console.WriteLine($"  enqueue (outbox write)   {enqueue.Elapsed.TotalSeconds,8:0.0} s");
        Console.WriteLine($"  wall time                {wall.Elapsed.TotalSeconds,8:0.0} s   (theoretical minimum at 50/s: {minimum:0.0} s, {minimum / wall.Elapsed.TotalSeconds:P0} of it)");
        Console.WriteLine($"  messages/s               {delivered / wall.Elapsed.TotalSeconds,8:0.0}     (sustained, first to last accepted: {sustained:0.0})");
        Console.WriteLine($"  429 received             {rig.Fake.Count(429),8}");
        Console.WriteLine($"  duplicates               {rig.Duplicates("bench"),8}");
        Console.WriteLine($"  lost                     {total - delivered,8}");
        Console.WriteLine($"  ledger                   {rows.Count(r => r.State == DeliveryState.Sent),8} sent, {rows.Count(r => r.State != DeliveryState.Sent)} other");
        foreach (var (at, _) in rig.Fake.Requests.Where(r => r.Status == 429))
        {
            var accepted = rig.Fake.Accepted.Where(a => a.At <= at && at - a.At < TimeSpan.FromSeconds(1)).Select(a => a.At).OrderBy(t => t).ToList();
            Console.WriteLine($"  a 429 at +{(at - first).TotalSeconds:0.000} s: {accepted.Count} accepted in the second before it (spread over {(accepted[^1] - accepted[0]).TotalMilliseconds:0} ms)");
        }

        return done && delivered == total && rig.Duplicates("bench") == 0 ? 0 : 1;
    }
}
