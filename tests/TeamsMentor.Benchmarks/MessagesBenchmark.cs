using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TeamsMentor.Testing;

namespace TeamsMentor.Benchmarks;

/// <summary>
/// /api/messages throughput with full JWT validation (RS256, cached keys) against a bare ASP.NET Core endpoint that
/// only reads the body: same machine, same process, same load generator, over loopback Kestrel. The bot answers each
/// "hjelp" with the help card through the real connector client to an in-memory connector (no storage involved).
/// </summary>
internal static class MessagesBenchmark
{
    private const string AppId = InProcessBot.AppId;
    private const string ServiceUrl = InProcessBot.ServiceUrl;

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = InProcessBot.Option(args, "--seconds", 10);
        var concurrency = InProcessBot.Option(args, "--concurrency", 32);
        using var issuer = new TestTokenIssuer(AppId);
        var body = LoadGenerator.Utf8(Activity());
        var token = issuer.CreateToken(ServiceUrl, expires: DateTime.UtcNow.AddHours(2));

        Console.WriteLine($"/api/messages benchmark: {Environment.ProcessorCount} cores, {concurrency} concurrent clients, {seconds} s per endpoint after 3 s warm-up, body {body.Length} bytes");

        await using var bare = await StartBareAsync();
        var bareResult = await LoadGenerator.RunAsync(InProcessBot.Address(bare, "/api/messages"), body, token, concurrency, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds));
        Print("bare endpoint (reads the body, 200)", bareResult);

        var connector = new AcceptingConnectorHandler();
        await using var bot = await InProcessBot.StartAsync(issuer, connector,
            new Dictionary<string, string?> { ["Storage:ConnectionString"] = AzuriteFixture.ConnectionStringFor(1) }); // no storage is touched
        var botResult = await LoadGenerator.RunAsync(InProcessBot.Address(bot, "/api/messages"), body, token, concurrency, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds));
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

    private static string Activity() => $$$"""
    {"text":"hjelp","textFormat":"plain","type":"message","timestamp":"2026-11-20T08:15:02.123Z","id":"1700000000001","channelId":"msteams",
     "serviceUrl":"{{{ServiceUrl}}}","from":{"id":"29:1kari","name":"Kari Nordmann","aadObjectId":"6f0d2c1e-0000-4000-8000-000000000001"},
     "conversation":{"conversationType":"personal","tenantId":"3b1a2c4d-0000-4000-8000-00000000a001","id":"a:1Xn3QJjzVqY7d0hbN8sM"},
     "recipient":{"id":"28:{{{AppId}}}","name":"TeamsMentor"},
     "entities":[{"locale":"nb-NO","country":"NO","platform":"Web","timezone":"Europe/Oslo","type":"clientInfo"}],
     "channelData":{"tenant":{"id":"3b1a2c4d-0000-4000-8000-00000000a001"}},"locale":"nb-NO","localTimezone":"Europe/Oslo"}
    """;
}
