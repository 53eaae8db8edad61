using Xunit;

namespace TeamsMentor.Testing;

/// <summary>
/// Real Table Storage for tests: the Azurite started by the test command (TEAMSMENTOR_TEST_STORAGE holds its
/// connection string), or, when tests run on their own, an in-memory Azurite started here from node_modules.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "TEAMSMENTOR_TEST_STORAGE";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static int _prefixCounter;
    private ChildProcess? _azurite;

    public string ConnectionString { get; private set; } = "";

    /// <summary>Start an Azurite of its own even when the test command provides one (to pause it in an outage test).</summary>
    public bool Own { get; init; }

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    /// <summary>A table prefix no other test uses, so tests never see each other's rows.</summary>
    public static string UniquePrefix() =>
        "t" + Environment.ProcessId.ToString("x", System.Globalization.CultureInfo.InvariantCulture)
            + Interlocked.Increment(ref _prefixCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        var provided = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!Own && !string.IsNullOrWhiteSpace(provided))
        {
            ConnectionString = provided;
            return;
        }

        var port = FreePort.Next();
        var bin = RepoPaths.NodeBin("azurite-table");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException("Azurite is not installed: run 'npm ci' in the repository root (the test script does).");
        }

        _azurite = ChildProcess.Start("node", [Path.Combine(RepoPaths.NodeModules, "azurite", "dist", "src", "table", "main.js"),
            "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--inMemoryPersistence", "--disableTelemetry", "--silent"]);
        ConnectionString = ConnectionStringFor(port);
        await Wait.ForTcpAsync(port, TimeSpan.FromSeconds(20), () => _azurite.HasExited ? _azurite.Output : null);
    }

    /// <summary>Freezes this fixture's own Azurite (SIGSTOP): connections are accepted, nothing is answered, as in an outage.</summary>
    public Task PauseAsync() => SignalAsync("STOP");

    /// <summary>Lets a paused Azurite run again (SIGCONT).</summary>
    public Task ResumeAsync() => SignalAsync("CONT");

    private async Task SignalAsync(string signal)
    {
        var azurite = _azurite ?? throw new InvalidOperationException("Only an Azurite of the fixture's own can be paused (Own = true).");
        using var kill = System.Diagnostics.Process.Start("kill", [$"-{signal}", azurite.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
