using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsMentor.Bot.Hosting;
using TeamsMentor.Protocol.Connector;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Testing;

namespace TeamsMentor.Benchmarks;

/// <summary>
/// /api/messages throughput with full JWT validation (RS256, cached keys) against a bare ASP.NET Core endpoint that
/// only reads the body: same machine, same process, same load generator, over loopback Kestrel. The bot answers each
/// "hjelp" with the help card through the real connector client to an in-memory connector (no storage involved).
/// </summary>
internal static class MessagesBenchmark
{
    private const string AppId = "7d9a3c1e-5b2f-4e8a-9c6d-1f0e2b3a4c5d";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 10);
        var concurrency = Option(args, "--concurrency", 32);
        using var issuer = new TestTokenIssuer(AppId);
        var body = LoadGenerator.Utf8(Activity());
        var token = issuer.CreateToken(ServiceUrl, expires: DateTime.UtcNow.AddHours(2));

        Console.WriteLine($"/api/messages benchmark: {Environment.ProcessorCount} cores, {concurrency} concurrent clients, {seconds} s per endpoint after 3 s warm-up, body {body.Length} bytes");

        await using var bare = await StartBareAsync();
        var bareResult = await LoadGenerator.RunAsync(Address(bare, "/api/messages"), body, token, concurrency, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds));
        Print("bare endpoint (reads the body, 200)", bareResult);

        var connector = new AcceptingConnectorHandler();
        await using var bot = await StartBotAsync(issuer, connector);
        var botResult = await LoadGenerator.RunAsync(Address(bot, "/api/messages"), body, token, concurrency, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds));
        Print("bot /api/messages (JWT + turn + reply)", botResult);
        Console.WriteLine($"replies the bot sent to the in-memory connector: {Interlocked.Read(ref connector.Calls)}");

        var ratio = botResult.RequestsPerSecond / bareResult.RequestsPerSecond;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio bot/bare: {ratio:0.00} (goal >= 0.50: {(ratio >= 0.5 ? "met" : "NOT met")})"));
        return botResult.Errors == 0 && bareResult.Errors == 0 ? 0 : 1;
    }

    private static void Print(string name, LoadGenerator.Result r) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-42} {r.RequestsPerSecond,9:0} req/s   p50 {r.Percentile(0.5):0.00} ms   p99 {r.Percentile(0.99):0.00} ms   errors {r.Errors}"));

    private static async Task<WebApplication> StartBareAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            var buffer = new byte[16 * 1024];
            while (await http.Request.Body.ReadAsync(buffer) > 0)
            {
            }

            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }

    private static async Task<WebApplication> StartBotAsync(TestTokenIssuer issuer, AcceptingConnectorHandler connector)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:ClientSecret"] = "unused",
            ["Bot:OpenIdMetadataUrl"] = TestTokenIssuer.MetadataUrl,
            ["Storage:ConnectionString"] = AzuriteFixture.ConnectionStringFor(1),
        });
        builder.AddTeamsMentorBot();
        builder.Services.AddHttpClient(ProtocolServiceCollectionExtensions.MetadataHttpClient).ConfigurePrimaryHttpMessageHandler(() => issuer.Handler);
        builder.Services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => connector);
        builder.Services.AddSingleton<IBotTokenProvider>(new FixedToken());
        var app = builder.Build();
        app.MapTeamsMentor();
        await app.StartAsync();
        return app;
    }

    private static Uri Address(WebApplication app, string path) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + path);

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Activity() => $$$"""
    {"text":"hjelp","textFormat":"plain","type":"message","timestamp":"2026-11-20T08:15:02.123Z","id":"1700000000001","channelId":"msteams",
     "serviceUrl":"{{{ServiceUrl}}}","from":{"id":"29:1kari","name":"Kari Nordmann","aadObjectId":"6f0d2c1e-0000-4000-8000-000000000001"},
     "conversation":{"conversationType":"personal","tenantId":"3b1a2c4d-0000-4000-8000-00000000a001","id":"a:1Xn3QJjzVqY7d0hbN8sM"},
     "recipient":{"id":"28:{{{AppId}}}","name":"TeamsMentor"},
     "entities":[{"locale":"nb-NO","country":"NO","platform":"Web","timezone":"Europe/Oslo","type":"clientInfo"}],
     "channelData":{"tenant":{"id":"3b1a2c4d-0000-4000-8000-00000000a001"}},"locale":"nb-NO","localTimezone":"Europe/Oslo"}
    """;

    private sealed class FixedToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("benchmark-token");
    }
}
