using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Protocol.Connector;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The real host (Program) over TestServer: real JWT validation against a local metadata endpoint, real Azurite,
/// and a recording fake Bot Connector behind the real token handler and serviceUrl policy.
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    public const string AppId = "7d9a3c1e-5b2f-4e8a-9c6d-1f0e2b3a4c5d";
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;

    public BotHostFactory(string storageConnectionString, string environment = "Production", IDictionary<string, string?>? settings = null)
    {
        _environment = environment;
        TablePrefix = AzuriteFixture.UniquePrefix();
        _settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:ClientSecret"] = "not-used-the-token-provider-is-replaced",
            ["Bot:OpenIdMetadataUrl"] = TestTokenIssuer.MetadataUrl,
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Storage:TablePrefix"] = TablePrefix,
            ["Evaluations:AnswerKey"] = TestSecrets.EvaluationAnswerKey,
            ["Tab:ClientId"] = TabClientId,
            ["Tab:OpenIdMetadataUrl"] = TestTokenIssuer.MetadataUrl,
            ["Delivery:Enabled"] = "false", // the delivery tests switch it on
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            _settings[k] = v;
        }
    }

    public const string TabClientId = "6a0c0a5e-7a1b-4c2d-9e3f-0a1b2c3d4e5f";

    public TestTokenIssuer Issuer { get; } = new(AppId);

    /// <summary>Plays Entra ID for tab tokens (its own keys, served at the same test metadata address).</summary>
    public TestTokenIssuer EntraIssuer { get; } = new(TabClientId, "entra-key-1");

    public RecordingHandler Connector { get; } = new();

    /// <summary>Plays Microsoft Graph (used when a test configures <c>Graph:OrganizerUserId</c>; never the real one).</summary>
    public FakeGraph Graph { get; } = new();

    public string TablePrefix { get; }

    /// <summary>The app's clock (default: the system's).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>More test registrations, last (e.g. an in-memory telemetry exporter).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Leaves the connector's real HTTP handler in place (for a <see cref="FakeTeamsConnector"/> on loopback).</summary>
    public bool RealConnectorHttp { get; init; }

    /// <summary>Replaces the metadata endpoint (e.g. to play an outage); default: <see cref="Issuer"/>'s.</summary>
    public Func<HttpMessageHandler>? MetadataHandler { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpClient(ProtocolServiceCollectionExtensions.MetadataHttpClient).ConfigurePrimaryHttpMessageHandler(() => MetadataHandler?.Invoke() ?? Issuer.Handler);
            if (!RealConnectorHttp)
            {
                services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => Connector);
            }

            services.Configure<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions>(
                TeamsMentor.Bot.Tab.TabAuthentication.EntraScheme, o => o.BackchannelHttpHandler = EntraIssuer.Handler);
            services.AddSingleton<IBotTokenProvider>(new StaticTokenProvider("connector-token"));
            services.AddHttpClient(TeamsMentor.Infrastructure.Meetings.GraphClientProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Graph);
            services.AddKeyedSingleton<Azure.Core.TokenCredential>(TeamsMentor.Infrastructure.Meetings.GraphClientProvider.CredentialKey, new StaticTokenCredential("graph-token"));
            if (Clock is not null)
            {
                services.AddSingleton(Clock);
            }

            TestServices?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Issuer.Dispose();
            EntraIssuer.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class StaticTokenProvider(string token) : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
    }
}
