using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TeamsMentor.Protocol.Authentication;
using TeamsMentor.Protocol.Connector;

namespace TeamsMentor.Protocol.Hosting;

/// <summary>Registers the protocol layer: options, inbound authentication, the connector client and its token handler.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>Named HttpClient that fetches the OpenID metadata and keys; tests replace its primary handler.</summary>
    public const string MetadataHttpClient = "BotFrameworkMetadata";

    public static IHostApplicationBuilder AddBotProtocol(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // No redirects anywhere: a redirect would send the request (and its body) to a host the policy never checked.
        services.AddHttpClient(MetadataHttpClient, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton(sp => new SigningKeyStore(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataHttpClient),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SigningKeyStore>>()));
        services.AddSingleton<BotFrameworkAuthenticator>(sp => new BotFrameworkAuthenticator(
            sp.GetRequiredService<SigningKeyStore>(),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton<IBotTokenProvider>(sp => new BotTokenProvider(
            BotCredentialFactory.Create(sp.GetRequiredService<IOptions<BotOptions>>().Value),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddTransient<BotTokenHandler>();
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromSeconds(8))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler<BotTokenHandler>();
        return builder;
    }
}
