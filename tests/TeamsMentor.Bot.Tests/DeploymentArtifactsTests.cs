using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The Teams app package as an IT admin builds it (manifest/package.mjs): filled from the environment, validated offline
/// against the bundled schemas, icons checked, a zip Teams can read; and the Bicep templates built and linted offline
/// (scripts/bicep-check.sh). Both run the real tools.
/// </summary>
public sealed class DeploymentArtifactsTests
{
    private static readonly Dictionary<string, string?> Ids = new()
    {
        ["TEAMS_APP_ID"] = "2f1c7d0e-8a3b-4c5d-9e6f-0a1b2c3d4e5f",
        ["BOT_ID"] = "7d9a3c1e-5b2f-4e8a-9c6d-1f0e2b3a4c5d",
        ["TAB_CLIENT_ID"] = "6a0c0a5e-7a1b-4c2d-9e3f-0a1b2c3d4e5f",
        ["HOST_NAME"] = "teamsmentor-x7.azurewebsites.net",
        ["APP_VERSION"] = "1.2.3",
    };

    [Fact]
    public async Task Package_FilledAndValid_ZipHoldsManifestLocalizationAndIcons()
    {
        var zipPath = Path.Combine(Path.GetTempPath(), $"teamsmentor-app-{Guid.NewGuid():N}.zip");
        try
        {
            var (exit, output) = await RunAsync("node", ["manifest/package.mjs", "--out", zipPath], Ids);

            Assert.True(exit == 0, output);
            Assert.Contains("manifest: schema v1.30, 0 errors; nb-NO localization: 0 errors", output, StringComparison.Ordinal);
            using var zip = ZipFile.OpenRead(zipPath);
            Assert.Equal(["color.png", "manifest.json", "nb-NO.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
            var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
            Assert.Equal(Ids["TEAMS_APP_ID"], (string?)manifest["id"]);
            Assert.Equal("1.2.3", (string?)manifest["version"]);
            Assert.Equal(Ids["BOT_ID"], (string?)manifest["bots"]![0]!["botId"]);
            Assert.Equal(["team", "personal", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string?)s));
            Assert.Equal("https://teamsmentor-x7.azurewebsites.net/tab/", (string?)manifest["staticTabs"]![0]!["contentUrl"]);
            Assert.Equal($"api://teamsmentor-x7.azurewebsites.net/{Ids["TAB_CLIENT_ID"]}", (string?)manifest["webApplicationInfo"]!["resource"]);
            Assert.Equal(["teamsmentor-x7.azurewebsites.net"], manifest["validDomains"]!.AsArray().Select(s => (string?)s));
            Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal((192, 192), PngSize(zip.GetEntry("color.png")!));
            Assert.Equal((32, 32), PngSize(zip.GetEntry("outline.png")!));
        }
        finally
        {
            File.Delete(zipPath);
        }
    }

    [Fact]
    public async Task Package_MissingOrMalformedSettings_EveryOneNamed_NothingWritten()
    {
        var zipPath = Path.Combine(Path.GetTempPath(), $"teamsmentor-app-{Guid.NewGuid():N}.zip");
        var bad = new Dictionary<string, string?>(Ids) { ["BOT_ID"] = "", ["HOST_NAME"] = "https://teamsmentor.example.no/", ["APP_VERSION"] = "2" };

        var (exit, output) = await RunAsync("node", ["manifest/package.mjs", "--out", zipPath], bad);

        Assert.Equal(1, exit);
        Assert.Contains("BOT_ID is not set", output, StringComparison.Ordinal);
        Assert.Contains("HOST_NAME=\"https://teamsmentor.example.no/\" is not valid", output, StringComparison.Ordinal);
        Assert.Contains("APP_VERSION=\"2\" is not valid", output, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task Bicep_BuildsAndLintsWithoutAWarning()
    {
        var (exit, output) = await RunAsync("bash", ["scripts/bicep-check.sh"], new Dictionary<string, string?>());

        Assert.True(exit == 0, output);
        Assert.Contains("bicep: build ok, build-params ok, lint 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bicep_TheAppGetsNoSecretsAndUsesItsManagedIdentity()
    {
        var web = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "infra", "modules", "web.bicep"));
        var storage = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "infra", "modules", "storage.bicep"));

        Assert.Contains("Storage__TableServiceUri", web, StringComparison.Ordinal);
        Assert.DoesNotContain("Storage__ConnectionString", web, StringComparison.Ordinal);
        Assert.DoesNotContain("ClientSecret", web, StringComparison.Ordinal);
        Assert.Contains("@Microsoft.KeyVault(SecretUri=", web, StringComparison.Ordinal);
        Assert.Contains("healthCheckPath: '/healthz/ready'", web, StringComparison.Ordinal);
        Assert.Contains("allowSharedKeyAccess: false", storage, StringComparison.Ordinal);
        Assert.Contains("minimumTlsVersion: 'TLS1_2'", storage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bicep_TelemetryIsSentAsTheManagedIdentity_AndAlertsWatchTheMetricsTheAppRecords()
    {
        var web = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "infra", "modules", "web.bicep"));
        var monitoring = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "infra", "modules", "monitoring.bicep"));

        Assert.Contains("DisableLocalAuth: true", monitoring, StringComparison.Ordinal);
        Assert.Contains("3913510d-42f4-4e42-8a64-420c390055eb", monitoring, StringComparison.Ordinal); // Monitoring Metrics Publisher
        Assert.Contains("Telemetry__ManagedIdentityClientId: identityClientId", web, StringComparison.Ordinal);
        Assert.Contains("capacity: instanceCount", web, StringComparison.Ordinal);
        // Every metric an alert reads is one the app records (AppTelemetry), so a rename cannot silence an alert.
        var recorded = typeof(TeamsMentor.Bot.Telemetry.AppTelemetry).GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<System.Diagnostics.Metrics.Instrument>().Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var watched = System.Text.RegularExpressions.Regex.Matches(monitoring, "name == \"(teamsmentor[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, watched.Count);
        Assert.All(watched, name => Assert.Contains(name, recorded));
        Assert.Contains("/healthz/ready", monitoring, StringComparison.Ordinal);
    }

    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal("\x89PNG", System.Text.Encoding.Latin1.GetString(header, 0, 4));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    internal static async Task<(int Exit, string Output)> RunAsync(string file, IEnumerable<string> args, IDictionary<string, string?> env)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in env)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
