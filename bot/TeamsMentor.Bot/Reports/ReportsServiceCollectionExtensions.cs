using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Privacy;

namespace TeamsMentor.Bot.Reports;

/// <summary>The status report: its card actions, its waves, and the organizers' endpoints (matrix, detail, nudge, export).</summary>
public static class ReportsServiceCollectionExtensions
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ReportOptions>().BindConfiguration(ReportOptions.SectionName);
        // The overview's "complete" mark is keyed by the app's one secret (Evaluations:AnswerKey), under its own label.
        services.AddSingleton(sp => new ReportSeal(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Evaluations.EvaluationOptions>>().Value.KeyBytes()));
        services.AddSingleton<ReportSnapshotService>();
        services.AddSingleton<ISchedulerPass>(sp => sp.GetRequiredService<ReportSnapshotService>());
        services.AddCardAction<ReportAction>();
        services.AddPersonErasedHandler<ReportErasureHandler>();
        services.AddTextCommand<ReportCommand>();
        services.AddWaveBuilder<StatusPromptWaves>();
        return services;
    }

    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReportApi();
        endpoints.MapMeasures();
        endpoints.MapSnapshots();
        endpoints.MapNetworkReport();
        return endpoints;
    }
}
