using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Infrastructure.Delivery;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Benchmarks;

/// <summary>
/// The delivery rig: Azurite (a child process, optionally persistent so it can be stopped and restarted), the
/// limit-enforcing fake connector on loopback, and the real bot host as a child process (so it can be SIGKILLed; a
/// second one on the same storage for the failover script), with the outbox seeded through the same store the hosts use.
/// </summary>
internal sealed class DeliveryRig : IAsyncDisposable
{
    public const string Tenant = "00000000-0000-4000-8000-00000000be01";
    private readonly string? _azuriteDir;
    private readonly int _azuritePort = FreePort.Next();
    private readonly int _botPort = FreePort.Next();
    private readonly int _secondPort = FreePort.Next();
    private readonly string _prefix = "bench" + Guid.NewGuid().ToString("N")[..8];
    private readonly DirectoryInfo _journals = Directory.CreateTempSubdirectory("teamsmentor-answers-");
    private ChildProcess? _azurite;
    private ChildProcess? _bot;
    private ChildProcess? _second;

    private DeliveryRig(bool persistentStorage)
    {
        _azuriteDir = persistentStorage ? Directory.CreateTempSubdirectory("teamsmentor-azurite-").FullName : null;
    }

    public FakeTeamsConnector Fake { get; private set; } = null!;

    public DeliveryStore Store { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(5) };

    public Uri Ready => new($"http://127.0.0.1:{_botPort}/healthz/ready");

    public Uri SecondReady => new($"http://127.0.0.1:{_secondPort}/healthz/ready");

    public static async Task<DeliveryRig> StartAsync(bool persistentStorage = false)
    {
        if (!File.Exists(Path.Combine(RepoPaths.NodeModules, "azurite", "dist", "src", "table", "main.js")))
        {
            throw new InvalidOperationException("Azurite is not installed: run 'npm ci' in the repository root first.");
        }

        var rig = new DeliveryRig(persistentStorage);
        await rig.StartAzuriteAsync();
        rig.Fake = await FakeTeamsConnector.StartAsync();
        var connection = AzuriteFixture.ConnectionStringFor(rig._azuritePort);
        rig.Store = new DeliveryStore(new TableProvider(new TableServiceClient(connection), Options.Create(new StorageOptions { TablePrefix = rig._prefix })));
        return rig;
    }

    public async Task StartAzuriteAsync()
    {
        var args = new List<string>
        {
            Path.Combine(RepoPaths.NodeModules, "azurite", "dist", "src", "table", "main.js"),
            "--tableHost", "127.0.0.1", "--tablePort", _azuritePort.ToString(CultureInfo.InvariantCulture), "--disableTelemetry", "--silent",
        };
        args.AddRange(_azuriteDir is null ? ["--inMemoryPersistence"] : ["--location", _azuriteDir]);
        _azurite = ChildProcess.Start("node", args);
        await Wait.ForTcpAsync(_azuritePort, TimeSpan.FromSeconds(20), () => _azurite.HasExited ? _azurite.Output : null);
    }

    /// <summary>Stops Azurite the way it keeps its data (SIGINT).</summary>
    public async Task StopAzuriteAsync()
    {
        await _azurite!.StopAsync(2, TimeSpan.FromSeconds(15));
        await _azurite.DisposeAsync();
    }

    public async Task StartBotAsync()
    {
        _bot = StartHost("bench-host", _botPort);
        await WaitForSenderAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>A second host on the same storage and connector (another instance name): it stands by while the first sends.</summary>
    public async Task StartSecondAsync()
    {
        _second = StartHost("bench-host-2", _secondPort);
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while ((await ReadinessAsync(SecondReady)).Role is not ("standby" or "sender"))
        {
            if (_second.HasExited || DateTime.UtcNow > until)
            {
                throw new InvalidOperationException("The second host did not start:\n" + _second.Output);
            }

            await Task.Delay(200);
        }
    }

    public async Task StopSecondAsync()
    {
        if (_second is not null)
        {
            await _second.StopAsync(15, TimeSpan.FromSeconds(30));
            await _second.DisposeAsync();
            _second = null;
        }
    }

    private ChildProcess StartHost(string instance, int port)
    {
        var dll = Path.Combine(RepoPaths.Root, "bot", "TeamsMentor.Bot", "bin", "Release", "net10.0", "TeamsMentor.Bot.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException("Build the bot first: dotnet build -c Release bot/TeamsMentor.Bot");
        }

        return ChildProcess.Start("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.Combine(RepoPaths.Root, "bot", "TeamsMentor.Bot")],
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["Bot__DangerouslyAllowUnauthenticatedRequests"] = "true", // the fake connector is on loopback http
                ["Storage__ConnectionString"] = AzuriteFixture.ConnectionStringFor(_azuritePort),
                ["Storage__TablePrefix"] = _prefix,
                ["Evaluations__AnswerKey"] = TestSecrets.EvaluationAnswerKey,
                ["Delivery__InstanceId"] = instance,
                ["Delivery__JournalDirectory"] = _journals.FullName,
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__TeamsMentor.Bot.Delivery.DeliveryDispatcher"] = "Information",
            });
    }

    public void KillBot() => _bot?.Kill();

    /// <summary>What the running host said when it became the sender: journaled answers recorded, claims put back in line.</summary>
    public (int Recorded, int Released)? Recovery()
    {
        var match = System.Text.RegularExpressions.Regex.Match(_bot?.Output ?? "", @"(\d+) journaled answers recorded and (\d+) deliveries put back in line");
        return match.Success ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) : null;
    }

    public async Task StopBotAsync()
    {
        if (_bot is not null)
        {
            await _bot.StopAsync(15, TimeSpan.FromSeconds(30));
            await _bot.DisposeAsync();
            _bot = null;
        }
    }

    /// <summary>The readiness answer's status code and the delivery role (null when it did not answer).</summary>
    public Task<(HttpStatusCode? Status, string? Role)> ReadinessAsync() => ReadinessAsync(Ready);

    public async Task<(HttpStatusCode? Status, string? Role)> ReadinessAsync(Uri ready)
    {
        try
        {
            using var response = await Http.GetAsync(ready);
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            return (response.StatusCode, (string?)json?["checks"]?["delivery"]?["data"]?["role"]);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return (null, null);
        }
    }

    public static IReadOnlyList<DeliveryRequest> Wave(string tag, int personal, int channels, string serviceUrl) =>
    [
        .. Enumerable.Range(0, personal).Select(i => new DeliveryRequest(
            new DeliveryTarget($"user|{tag}-{i}", Tenant, serviceUrl, $"a:{tag}-chat-{i}", $"Deltaker {i}"),
            DeliveryOperation.Post, $$"""{"type":"message","text":"Statusrapport før samling 3 ({{tag}} {{i}})"}""")),
        .. Enumerable.Range(0, channels).Select(i => new DeliveryRequest(
            new DeliveryTarget($"team|{tag}-{i}", Tenant, serviceUrl, $"19:{tag}-team-{i}@thread.tacv2", $"Team {i}"),
            DeliveryOperation.NewThread, $$"""{"type":"message","text":"Statusrapport for team {{i}} ({{tag}})"}""")),
    ];

    /// <summary>Waits until the fake has accepted <paramref name="expected"/> distinct messages whose body contains the tag.</summary>
    public async Task<bool> WaitDeliveredAsync(string tag, int expected, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            // Counting is cheap until enough arrived (the fake shares this process's CPU with what it measures).
            if (Fake.Accepted.Count >= expected && Distinct(tag) >= expected)
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    public int Distinct(string tag) => Fake.Accepted.Where(a => a.Body.Contains(tag, StringComparison.Ordinal)).Select(a => a.Key).Distinct().Count();

    public int Duplicates(string tag) => Fake.Duplicates(a => a.Body.Contains(tag, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await StopSecondAsync();
        await Fake.DisposeAsync();
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        Http.Dispose();
        _journals.Delete(recursive: true);
        if (_azuriteDir is not null)
        {
            Directory.Delete(_azuriteDir, recursive: true);
        }
    }

    private async Task WaitForSenderAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_bot!.HasExited)
            {
                throw new InvalidOperationException("The bot exited:\n" + _bot.Output);
            }

            if (await ReadinessAsync() is ({ } status, "sender") && status == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The bot did not become the sender in time:\n" + _bot!.Output);
    }
}
