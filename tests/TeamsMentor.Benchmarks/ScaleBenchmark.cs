using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Demo;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Testing;

namespace TeamsMentor.Benchmarks;

/// <summary>
/// KS at national scale: N networks of T teams with M members each (default 50 × 30 × 10 = 15,000 people) on
/// Azurite, the real host in this process with the scheduler and the sender running, at a moment when nothing can go.
/// Prints the Table transactions per minute the host makes while idle (everything: the scheduler's passes, the
/// sender's outbox polls and lease renewals), what a scheduler tick costs with nothing due and with one network due, the
/// organizer matrix's and health view's latency, and the host's memory.
/// </summary>
internal static class ScaleBenchmark
{
    private const string Organizer = "0c7e5d1a-0000-4000-8000-00000000a0a0";

    /// <summary>
    /// Between gathering 3's follow-ups and gathering 4's status prompt in Nord's calendar: nothing is due, but in network 0
    /// (which meets early) the status prompts are due with no way to go.
    /// </summary>
    private static readonly DateTimeOffset AppNow = new(2023, 6, 20, 10, 0, 0, TimeSpan.FromHours(2));

    public static async Task<int> RunAsync(string[] args)
    {
        var networkCount = InProcessBot.Option(args, "--networks", 50);
        var teams = InProcessBot.Option(args, "--teams", 30);
        var members = InProcessBot.Option(args, "--members", 10);
        var idleSeconds = InProcessBot.Option(args, "--idle", 60);
        await using var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        var prefix = AzuriteFixture.UniquePrefix();
        var counter = new TableRequestCounter(prefix);
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerRetry);
        using var issuer = new TestTokenIssuer(InProcessBot.AppId);
        await using var bot = await InProcessBot.StartAsync(issuer, new AcceptingConnectorHandler(), new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = prefix,
            ["Tab:DangerouslyAllowDevSignIn"] = "true",
            ["Delivery:JournalDirectory"] = Path.Combine(Path.GetTempPath(), "teamsmentor-scale-" + prefix),
        }, services =>
        {
            services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(AppNow, TimeProvider.System));
            services.AddSingleton(new TableServiceClient(azurite.ConnectionString, options));
        }, environment: "Development");

        // The scheduler's loop waits while the networks are seeded, so that the first pass below is the one a scheduler makes
        // when it has just taken the lease (every network read).
        var scheduler = bot.Services.GetRequiredService<TeamsMentor.Bot.Delivery.PromptScheduler>();
        await scheduler.StopAsync(CancellationToken.None);
        var seeding = Stopwatch.StartNew();
        var repository = bot.Services.GetRequiredService<INetworkRepository>();
        var template = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json")))!.AsObject();
        var ids = new List<string>();
        for (var n = 0; n < networkCount; n++)
        {
            var plan = Plan(template, n, teams, members);
            await repository.ImportAsync(plan, CancellationToken.None);
            ids.Add(plan.Network.Id);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scale benchmark: {networkCount} networks × {teams} teams × {members} members = {networkCount * teams * members:N0} people on Azurite, seeded in {seeding.Elapsed.TotalSeconds:0} s; {Environment.ProcessorCount} cores; the app's clock at {AppNow:yyyy-MM-dd HH:mm}"));

        // One pass by hand (anything it finds due is enqueued before the idle minute starts), then the loop again.
        counter.Reset();
        var pass = Stopwatch.StartNew();
        var enqueued = await scheduler.RunOnceAsync(CancellationToken.None);
        pass.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first scheduler pass (every network read): {pass.Elapsed.TotalMilliseconds:0} ms, {counter.Total} Table transactions, {enqueued} waves enqueued"));
        await scheduler.StartAsync(CancellationToken.None);

        counter.Reset();
        var idle = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
        var perMinute = counter.Total / idle.Elapsed.TotalMinutes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"idle for {idle.Elapsed.TotalSeconds:0} s: {perMinute:0} Table transactions per minute"));
        foreach (var (operation, count) in counter.ByOperation.OrderByDescending(x => x.Value).Take(8))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {operation,-40} {count / idle.Elapsed.TotalMinutes:0.0} per minute"));
        }

        // Ticks timed by hand, the scheduler's own loop stopped so that it does not take the work: one with nothing new, then
        // one where network 0 is due (its teams' channels just linked, so their status prompts, due since 14 June and with
        // no way to go until now, can go).
        await scheduler.StopAsync(CancellationToken.None);
        var idleTicks = new List<double>();
        counter.Reset();
        for (var i = 0; i < 5; i++)
        {
            var tick = Stopwatch.StartNew();
            await scheduler.RunOnceAsync(CancellationToken.None);
            idleTicks.Add(tick.Elapsed.TotalMilliseconds);
        }

        idleTicks.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"a tick with nothing due: median {idleTicks[2]:0.0} ms, {counter.Total / 5.0:0.#} Table transactions"));
        var network0 = ids[0];
        for (var t = 0; t < teams; t++)
        {
            var team = (await repository.GetTeamAsync(network0, $"team-{t:00}", CancellationToken.None))!;
            await repository.SetChannelAsync(network0, team.Value.Id, new ChannelLink("11111111-0000-4000-8000-000000000001", "19:skala-team@thread.tacv2",
                $"19:skala-{t:00}@thread.tacv2", "https://smba.trafficmanager.net/emea/", AppNow, "skala"), team.Version, CancellationToken.None);
        }

        counter.Reset();
        var due = Stopwatch.StartNew();
        var dueWaves = await scheduler.RunOnceAsync(CancellationToken.None);
        due.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"a tick with one network due: {due.Elapsed.TotalMilliseconds:0} ms, {counter.Total} Table transactions, {dueWaves} waves enqueued"));

        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-TeamsMentor-Dev-User", Organizer);
        var views = new Dictionary<string, string>
        {
            ["organizer matrix"] = "/reports",
            ["network health"] = "/health",
        };
        var p99s = new List<double>();
        foreach (var (name, path) in views)
        {
            var latencies = new List<double>();
            for (var i = 0; i < 100; i++)
            {
                var network = ids[i % ids.Count];
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync(InProcessBot.Address(bot, $"/api/tab/admin/networks/{network}{path}"));
                _ = await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"{name}: {(int)response.StatusCode}");
                }

                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }

            latencies.Sort();
            p99s.Add(latencies[(int)(latencies.Count * 0.99) - 1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name} (100 calls over the networks): p50 {latencies[latencies.Count / 2]:0.0} ms, p99 {latencies[(int)(latencies.Count * 0.99) - 1]:0.0} ms"));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var memory = process.WorkingSet64 / 1024.0 / 1024.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: working set {memory:0} MB, managed heap {GC.GetTotalMemory(false) / 1024.0 / 1024.0:0} MB (the host and this benchmark share the process)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"goals: idle <= 60 transactions/min ({perMinute:0}: {(perMinute <= 60 ? "met" : "NOT met")}), views p99 <= 150 ms ({p99s.Max():0}: {(p99s.Max() <= 150 ? "met" : "NOT met")}), memory <= 300 MB ({memory:0}: {(memory <= 300 ? "met" : "NOT met")})"));
        return 0;
    }

    /// <summary>Nord's plan (its calendar, tasks, items and schedule) as network <paramref name="n"/> with invented teams and people.</summary>
    private static NetworkPlan Plan(JsonObject template, int n, int teams, int members)
    {
        var json = template.DeepClone().AsObject();
        json["id"] = $"skala-{n:00}";
        json["name"] = $"Skalatest {n:00}";
        json["organizers"]![0]!["aadObjectId"] = Organizer;
        var municipalities = json["municipalities"]!.AsArray().Select(m => (string)m!["id"]!).ToList();
        var list = new JsonArray();
        for (var t = 0; t < teams; t++)
        {
            var people = new JsonArray();
            for (var m = 0; m < members; m++)
            {
                people.Add(new JsonObject
                {
                    ["id"] = $"t{t:00}-m{m:00}",
                    ["name"] = $"Deltaker {t:00}-{m:00}",
                    ["aadObjectId"] = new Guid(n * 100_000 + t * 100 + m, 0, 0, [0x80, 0, 0, 0, 0, 0, 0, 1]).ToString(),
                    ["roles"] = m == 0 ? new JsonArray("contactPerson") : new JsonArray(),
                });
            }

            list.Add(new JsonObject
            {
                ["id"] = $"team-{t:00}",
                ["municipality"] = municipalities[t % municipalities.Count],
                ["name"] = $"Team {t:00}",
                ["contactPerson"] = $"t{t:00}-m00",
                ["members"] = people,
            });
        }

        json["teams"] = list;
        if (n == 0)
        {
            // Network 0 meets early: its gathering 4 on 28 June, so its status prompts are due (and, with no channel linked
            // yet, have no way to go) all through the idle minute.
            var fourth = json["gatherings"]![3]!;
            (fourth["start"], fourth["end"]) = ("2023-06-28T09:00", "2023-06-28T15:00");
        }

        var read = NetworkPlanDocument.Read(System.Text.Encoding.UTF8.GetBytes(json.ToJsonString()));
        return read.Plan ?? throw new InvalidOperationException("The generated plan is invalid: " + string.Join("; ", read.Errors.Take(5).Select(i => $"{i.Path} {i.Code}")));
    }
}
