using System.Diagnostics;
using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using TeamsMentor.Testing;

namespace TeamsMentor.Benchmarks;

/// <summary>
/// The network's drafted report (<c>GET …/report.docx</c>) for the Nord demo after the last gathering (every team's
/// sluttrapport in, two years of reports, evaluations and open screen), through the real host on loopback with storage on
/// Azurite: the first request in a fresh process (cold: Skia, the font, the JIT) and the warm ones after it, the file's
/// size, its charts and the Open XML validator's errors. Goal: under 5 s.
/// </summary>
internal static class ReportBenchmark
{
    private const string Network = NordDemo.Network;
    private const string Organizer = NordDemo.Organizer;

    public static async Task<int> RunAsync(string[] args)
    {
        var runs = Math.Max(1, InProcessBot.Option(args, "--runs", 10));
        await using var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        using var issuer = new TestTokenIssuer(InProcessBot.AppId);
        var started = Stopwatch.StartNew();
        var settings = NordDemo.Settings("2024-11-15T09:00:00+01:00", AzuriteFixture.UniquePrefix());
        settings["Storage:ConnectionString"] = azurite.ConnectionString;
        settings["Delivery:Enabled"] = "false";
        await using var bot = await InProcessBot.StartAsync(issuer, new AcceptingConnectorHandler(), settings, environment: "Development");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"network report benchmark: {Environment.ProcessorCount} cores, the Nord demo at 15 November 2024 (seeded in {started.Elapsed.TotalSeconds:0.0} s), Azurite on loopback"));

        using var http = new HttpClient();
        var address = InProcessBot.Address(bot, $"/api/tab/admin/networks/{Network}/report.docx");
        async Task<(double Ms, byte[] Bytes)> GetAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.Add("X-TeamsMentor-Dev-User", Organizer);
            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"report.docx answered {(int)response.StatusCode}");
            }

            return (watch.Elapsed.TotalMilliseconds, bytes);
        }

        var (cold, document) = await GetAsync();
        var warm = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            warm.Add((await GetAsync()).Ms);
        }

        warm.Sort();
        using var docx = WordprocessingDocument.Open(new MemoryStream(document), false);
        var errors = new OpenXmlValidator().Validate(docx).Count();
        var charts = docx.MainDocumentPart!.ImageParts.Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first request (cold process): {cold:0} ms; then {runs} runs: median {warm[warm.Count / 2]:0} ms, max {warm[^1]:0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"document: {document.Length / 1024.0:0} KB, {charts} charts, {errors} Open XML validator errors"));
        var met = cold < 5000 && warm[^1] < 5000 && errors == 0;
        Console.WriteLine($"goal < 5 s, 0 validator errors: {(met ? "met" : "NOT met")}");
        return met ? 0 : 1;
    }
}
