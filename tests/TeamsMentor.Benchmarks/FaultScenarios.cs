using System.Diagnostics;
using System.Globalization;
using System.Net;
using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Benchmarks;

/// <summary>
/// The fault scripts: SIGKILL the host at random moments in a wave and restart it; two hosts on one storage with the
/// sender killed in a wave (the other takes over); stop Azurite for 30 s in a wave; a 429 storm with Retry-After. Each
/// prints what the fake connector recorded: delivered, lost, duplicates.
/// </summary>
internal static class FaultScenarios
{
    public static Task<int> RunAsync(string[] args) => args.FirstOrDefault() switch
    {
        "kill" => KillAsync(args),
        "failover" => FailoverAsync(args),
        "azurite" => AzuriteOutageAsync(args),
        "storm" => StormAsync(args),
        _ => Task.FromResult(Usage()),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("usage: dotnet run -c Release --project tests/TeamsMentor.Benchmarks -- faults kill|failover|azurite|storm [--trials N] [--messages N]");
        return 2;
    }

    private static async Task<int> KillAsync(string[] args)
    {
        var trials = InProcessBot.Option(args, "--trials", 5);
        var messages = InProcessBot.Option(args, "--messages", 500);
        await using var rig = await DeliveryRig.StartAsync();
        Console.WriteLine($"fault: SIGKILL the host at a random moment in a wave of {messages} messages, restart it; {trials} trials");
        var failures = 0;
        for (var trial = 1; trial <= trials; trial++)
        {
            var tag = $"kill{trial}";
            await rig.StartBotAsync();
            await rig.Store.EnqueueAsync(new WaveRequest(tag, "bench", "Fault", DateTimeOffset.UtcNow), DeliveryRig.Wave(tag, messages - 10, 10, rig.Fake.ServiceUrl), CancellationToken.None);
#pragma warning disable CA5394 // a random moment, not a secret
            var after = TimeSpan.FromMilliseconds(Random.Shared.Next(500, (int)(messages / 47.5 * 1000 * 0.8)));
#pragma warning restore CA5394
            var clock = Stopwatch.StartNew();
            await Task.Delay(after);
            rig.KillBot(); // without touching the fake first: its lock would time the kill to just after an accept
            after = clock.Elapsed;
            var before = rig.Distinct(tag);
            var restart = Stopwatch.StartNew();
            await rig.StartBotAsync();
            var done = await rig.WaitDeliveredAsync(tag, messages, TimeSpan.FromSeconds(120));
            await Task.Delay(TimeSpan.FromSeconds(2));
            var rows = (await rig.Store.GetWaveAsync("bench", tag, CancellationToken.None))!;
            var lost = messages - rig.Distinct(tag);
            var duplicates = rig.Duplicates(tag);
            var recovery = rig.Recovery();
            failures += lost + duplicates;
            Console.WriteLine($"  trial {trial}: killed after {after.TotalSeconds:0.0} s with {before} delivered; done {restart.Elapsed.TotalSeconds:0.0} s after restart: " +
                $"delivered {rig.Distinct(tag)}, lost {lost}, duplicates {duplicates}; answers recorded from the journal {recovery?.Recorded.ToString(CultureInfo.InvariantCulture) ?? "?"}, " +
                $"resent in doubt {rows.Sum(r => r.InDoubtResends)}, ledger sent {rows.Count(r => r.State == DeliveryState.Sent)}{(done ? "" : " (TIMED OUT)")}");
            await rig.StopBotAsync();
        }

        Console.WriteLine($"  total: lost + duplicates = {failures}");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// Two hosts on one storage (as two App Service instances): the lease holder is SIGKILLed at a random moment in a
    /// wave and not restarted; the other must take the lease within its time (20 s) and finish the wave: nothing lost,
    /// duplicates no more than the sends in doubt (claimed by the dead host, answer not recorded), and no 429.
    /// </summary>
    private static async Task<int> FailoverAsync(string[] args)
    {
        var trials = InProcessBot.Option(args, "--trials", 3);
        var messages = InProcessBot.Option(args, "--messages", 1000);
        var lease = TimeSpan.FromSeconds(20);
        await using var rig = await DeliveryRig.StartAsync();
        Console.WriteLine($"fault: two hosts on one storage, the sender SIGKILLed at a random moment in a wave of {messages} messages; {trials} trials");
        var failed = false;
        for (var trial = 1; trial <= trials; trial++)
        {
            var tag = $"failover{trial}";
            await rig.StartBotAsync(); // becomes the sender
            await rig.StartSecondAsync(); // stands by
            var roles = $"{(await rig.ReadinessAsync()).Role}/{(await rig.ReadinessAsync(rig.SecondReady)).Role}";
            var throttledBefore = rig.Fake.Count(429);
            await rig.Store.EnqueueAsync(new WaveRequest(tag, "bench", "Fault", DateTimeOffset.UtcNow), DeliveryRig.Wave(tag, messages - 10, 10, rig.Fake.ServiceUrl), CancellationToken.None);
#pragma warning disable CA5394 // a random moment, not a secret
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(2000, (int)(messages / 47.5 * 1000 * 0.7))));
#pragma warning restore CA5394
            rig.KillBot();
            var killedAt = DateTimeOffset.UtcNow;
            var before = rig.Distinct(tag);
            var acceptedAtKill = rig.Fake.Accepted.Count;

            // The standby's role turns to sender once the lease has run out; the first card it sends shows it working.
            TimeSpan? tookOver = null;
            while (tookOver is null && DateTimeOffset.UtcNow - killedAt < TimeSpan.FromSeconds(90))
            {
                if ((await rig.ReadinessAsync(rig.SecondReady)).Role == "sender")
                {
                    tookOver = DateTimeOffset.UtcNow - killedAt;
                }

                await Task.Delay(100);
            }

            var resumed = rig.Fake.Accepted.Skip(acceptedAtKill).Select(a => (DateTimeOffset?)a.At).FirstOrDefault(at => at > killedAt + TimeSpan.FromSeconds(0.5));
            var done = await rig.WaitDeliveredAsync(tag, messages, TimeSpan.FromSeconds(180));
            await Task.Delay(TimeSpan.FromSeconds(2));
            resumed ??= rig.Fake.Accepted.Select(a => (DateTimeOffset?)a.At).FirstOrDefault(at => at > killedAt + TimeSpan.FromSeconds(0.5));
            var rows = (await rig.Store.GetWaveAsync("bench", tag, CancellationToken.None))!;
            var lost = messages - rig.Distinct(tag);
            var duplicates = rig.Duplicates(tag);
            var inDoubt = rows.Sum(r => r.InDoubtResends);
            var throttled = rig.Fake.Count(429) - throttledBefore;
            var ok = done && tookOver is { } t && t <= lease + TimeSpan.FromSeconds(2) && lost == 0 && duplicates <= inDoubt && throttled == 0;
            failed |= !ok;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  trial {trial}: roles {roles}; killed the sender {(killedAt - rows.Min(r => r.EnqueuedAt)).TotalSeconds:0.0} s into the wave with {before} delivered; ") +
                string.Create(CultureInfo.InvariantCulture,
                $"the other took over after {tookOver?.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) ?? "never"} s (lease {lease.TotalSeconds:0} s), sent again {(resumed - killedAt)?.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) ?? "?"} s after the kill; ") +
                $"delivered {rig.Distinct(tag)}, lost {lost}, duplicates {duplicates} (in doubt {inDoubt}), 429 {throttled}{(done ? "" : " (TIMED OUT)")}{(ok ? "" : "  <- NOT OK")}");
            await rig.StopSecondAsync();
            await rig.StopBotAsync();
        }

        return failed ? 1 : 0;
    }

    private static async Task<int> AzuriteOutageAsync(string[] args)
    {
        var messages = InProcessBot.Option(args, "--messages", 2000);
        await using var rig = await DeliveryRig.StartAsync(persistentStorage: true);
        await rig.StartBotAsync();
        Console.WriteLine($"fault: stop Azurite for 30 s during a wave of {messages} messages");
        await rig.Store.EnqueueAsync(new WaveRequest("outage", "bench", "Fault", DateTimeOffset.UtcNow), DeliveryRig.Wave("outage", messages - 30, 30, rig.Fake.ServiceUrl), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(8));
        await rig.StopAzuriteAsync();
        var atStop = rig.Distinct("outage");
        var readiness = new List<HttpStatusCode?>();
        var outage = Stopwatch.StartNew();
        while (outage.Elapsed < TimeSpan.FromSeconds(30))
        {
            readiness.Add((await rig.ReadinessAsync()).Status);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        var duringOutage = rig.Distinct("outage") - atStop;
        await rig.StartAzuriteAsync();
        var resumed = Stopwatch.StartNew();
        var resumeCount = rig.Fake.Accepted.Count;
        while (rig.Fake.Accepted.Count == resumeCount && resumed.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(100);
        }

        var resumedAfter = resumed.Elapsed;
        var done = await rig.WaitDeliveredAsync("outage", messages, TimeSpan.FromSeconds(180));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var afterReady = (await rig.ReadinessAsync()).Status;
        var lost = messages - rig.Distinct("outage");
        var duplicates = rig.Duplicates("outage");
        Console.WriteLine($"  delivered before the stop {atStop}, during the 30 s outage {duringOutage}");
        Console.WriteLine($"  readiness during the outage: {readiness.Count(s => s == HttpStatusCode.ServiceUnavailable)} x 503, {readiness.Count(s => s == HttpStatusCode.OK)} x 200 of {readiness.Count} probes; after: {(int?)afterReady}");
        Console.WriteLine($"  sending resumed {resumedAfter.TotalSeconds:0.0} s after Azurite came back; delivered {rig.Distinct("outage")}, lost {lost}, duplicates {duplicates}{(done ? "" : " (TIMED OUT)")}");
        return lost + duplicates == 0 && readiness.Any(s => s == HttpStatusCode.ServiceUnavailable) ? 0 : 1;
    }

    private static async Task<int> StormAsync(string[] args)
    {
        var messages = InProcessBot.Option(args, "--messages", 1000);
        await using var rig = await DeliveryRig.StartAsync();
        await rig.StartBotAsync();
        var stormLength = TimeSpan.FromSeconds(20);
        var retryAfter = TimeSpan.FromSeconds(5);
        Console.WriteLine($"fault: a {stormLength.TotalSeconds:0} s storm of 429 (Retry-After {retryAfter.TotalSeconds:0} s) during a wave of {messages} messages");
        await rig.Store.EnqueueAsync(new WaveRequest("storm", "bench", "Fault", DateTimeOffset.UtcNow), DeliveryRig.Wave("storm", messages, 0, rig.Fake.ServiceUrl), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(5));
        var start = DateTimeOffset.UtcNow;
        rig.Fake.Settings.StormRetryAfter = retryAfter;
        rig.Fake.Settings.StormUntil = start + stormLength;
        var done = await rig.WaitDeliveredAsync("storm", messages, TimeSpan.FromSeconds(180));
        await Task.Delay(TimeSpan.FromSeconds(2));
        var during = rig.Fake.Requests.Count(r => r.At >= start && r.At < start + stormLength);
        var bound = (int)(stormLength / retryAfter) + 1 + 16; // one probe per Retry-After, plus what was in flight
        var lost = messages - rig.Distinct("storm");
        var duplicates = rig.Duplicates("storm");
        Console.WriteLine($"  requests during the storm {during} (all 429; bound {bound}: one per Retry-After plus those in flight)");
        Console.WriteLine($"  delivered {rig.Distinct("storm")}, lost {lost}, duplicates {duplicates}{(done ? "" : " (TIMED OUT)")}");
        return lost + duplicates == 0 && during <= bound ? 0 : 1;
    }
}
