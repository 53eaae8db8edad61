using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsMentor.Bot.Hosting;
using TeamsMentor.Protocol.Connector;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Testing;

namespace TeamsMentor.Benchmarks;

/// <summary>
/// The bot host in the benchmark's own process (Production settings unless asked, no logging, a free loopback port): inbound JWTs
/// from <see cref="TestTokenIssuer"/>, the connector answered by an in-memory handler, a fixed outbound token.
/// </summary>
internal static class InProcessBot
{
    public const string AppId = "7d9a3c1e-5b2f-4e8a-9c6d-1f0e2b3a4c5d";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    /// <param name="settings">Configuration on top of the bot's identity (storage, tenants, ...).</param>
    /// <param name="services">Registrations that replace the host's (last one wins), e.g. a clock or a table client.</param>
    /// <param name="middleware">Middleware in front of the bot's endpoints.</param>
    /// <param name="environment">Development for the demo network and the tab's dev sign-in.</param>
    public static async Task<WebApplication> StartAsync(TestTokenIssuer issuer, HttpMessageHandler connector, IDictionary<string, string?> settings,
        Action<IServiceCollection>? services = null, Action<WebApplication>? middleware = null, string environment = "Production")
    {
        ArgumentNullException.ThrowIfNull(issuer);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:ClientSecret"] = "unused",
            ["Bot:OpenIdMetadataUrl"] = TestTokenIssuer.MetadataUrl,
            ["Evaluations:AnswerKey"] = TestSecrets.EvaluationAnswerKey,
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddTeamsMentorBot();
        builder.Services.AddHttpClient(ProtocolServiceCollectionExtensions.MetadataHttpClient).ConfigurePrimaryHttpMessageHandler(() => issuer.Handler);
        builder.Services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => connector);
        builder.Services.AddSingleton<IBotTokenProvider>(new FixedToken());
        services?.Invoke(builder.Services);
        var app = builder.Build();
        middleware?.Invoke(app);
        app.MapTeamsMentor();
        await app.StartAsync();
        return app;
    }

    public static Uri Address(WebApplication app, string path) =>
        new((app ?? throw new ArgumentNullException(nameof(app))).Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + path);

    /// <summary>A whole-number command-line option (<c>--name N</c>), or the fallback.</summary>
    public static int Option(string[] args, string name, int fallback)
    {
        ArgumentNullException.ThrowIfNull(args);
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed class FixedToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("benchmark-token");
    }
}
