using Azure.Identity;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TeamsMentor.Bot.Telemetry;

/// <summary>
/// OpenTelemetry for the host: traces of requests (turns, card actions and tab API calls by route), outbox sends, Table
/// Storage and Graph calls; the app's metrics; logs carrying the trace and span ids. Exported to Azure Monitor only when
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (with Entra authentication by the managed identity when
/// <c>Telemetry:ManagedIdentityClientId</c> is set), to the console only when <c>Telemetry:Console</c> is true;
/// otherwise nothing leaves the process. Every span passes <see cref="TelemetryRedaction"/> first.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string ConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static IHostApplicationBuilder AddAppTelemetry(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        // The Azure SDK's spans (Table Storage) come from its ActivitySource, which it opens only when asked.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        builder.Services.Configure<AspNetCoreTraceInstrumentationOptions>(o =>
        {
            o.RecordException = false; // an exception's message may quote what someone typed
            o.Filter = context => !IsNoise(context.Request.Path);
        });

        var connection = configuration[ConnectionStringSetting];
        var azureMonitor = !string.IsNullOrWhiteSpace(connection);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("teamsmentor"))
            .WithTracing(t =>
            {
                t.AddSource(AppTelemetry.Name).AddSource("Azure.*").AddProcessor(new TelemetryRedaction());
                if (!azureMonitor)
                {
                    t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation(); // the distro adds its own
                }
            })
            .WithMetrics(m =>
            {
                m.AddMeter(AppTelemetry.Name);
                if (!azureMonitor)
                {
                    m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                }
            });
        if (azureMonitor)
        {
            var identity = configuration["Telemetry:ManagedIdentityClientId"];
            otel.UseAzureMonitor(o =>
            {
                o.ConnectionString = connection;
                o.EnableLiveMetrics = false; // a live stream of requests and failures to the portal: not needed here, and less leaves
                if (!string.IsNullOrWhiteSpace(identity))
                {
                    // Application Insights with local authentication off accepts only Entra tokens.
                    o.Credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(identity));
                }
            });
        }

        if (configuration.GetValue<bool>("Telemetry:Console"))
        {
            otel.WithTracing(t => t.AddConsoleExporter()).WithMetrics(m => m.AddConsoleExporter());
        }

        return builder;
    }

    /// <summary>
    /// Requests not worth a span: the tab's static files and the liveness probe. The readiness probe stays: the
    /// not-ready alert counts its failures.
    /// </summary>
    private static bool IsNoise(PathString path) => path.StartsWithSegments("/tab/assets") || path.Equals("/healthz", StringComparison.OrdinalIgnoreCase);
}
