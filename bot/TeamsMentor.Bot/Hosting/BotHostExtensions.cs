using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Demo;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Bot.Installations;
using TeamsMentor.Bot.Ledger;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Bot.OpenScreen;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Bot.Tasks;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Infrastructure;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Protocol.Hosting;

namespace TeamsMentor.Bot.Hosting;

/// <summary>The host's registrations and endpoints; Program.cs only calls these two methods.</summary>
public static class BotHostExtensions
{
    public static IHostApplicationBuilder AddTeamsMentorBot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The app's clock: the system's, or in a Development demo one that starts at Demo:Now (registered before the
        // protocol layer, whose TryAdd then keeps it).
        builder.Services.AddSingleton<TimeProvider>(sp =>
            sp.GetRequiredService<IOptions<DemoOptions>>().Value.Now is { } now ? new ShiftedTimeProvider(now, TimeProvider.System) : TimeProvider.System);
        builder.AddBotProtocol();
        builder.AddTeamsMentorStorage();
        builder.AddTeamsMentorMeetings();
        builder.AddTabAuthentication();

        var services = builder.Services;
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddTransient<NetworkEndpoints.Editor>();
        services.AddTransient<OpenScreenEndpoints.Context>();
        services.AddSingleton<BotText>();
        services.AddSingleton<HelpCard>();
        services.AddTransient<InstallationHandler>();
        services.AddTransient<CommandRouter>();
        services.AddTransient<CardActionRouter>();
        services.AddSingleton<TeamResolver>();
        services.AddTransient<RosterSync>();
        services.AddTransient<TeamCommands>();
        services.AddTransient<LinkAction>();
        services.AddTransient<RoleAction>();
        services.AddTransient<ReportAction>();
        services.AddTransient<EvaluationAction>();
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AppOptions>, AppOptionsValidator>();
        services.AddSingleton<OpenScreenService>();
        services.AddTransient<OpenScreenAction>();
        services.AddSingleton<OpenScreenReminders>();
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EvaluationOptions>, EvaluationOptionsValidator>();
        services.AddSingleton(sp => new RespondentKeys(sp.GetRequiredService<IOptions<EvaluationOptions>>().Value.KeyBytes()));
        services.AddTransient<IActivityHandler, ActivityRouter>();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>();
        services.AddHostedService<DemoPlanSeeder>();
        services.AddHostedService<DemoEvaluationSeeder>(); // after the plans are there
        services.AddHostedService<DemoOpenScreenSeeder>();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.AddSingleton<DeliveryStatus>();
        services.AddSingleton<PromptWaves>();
        services.AddSingleton<EvaluationWaves>();
        services.AddTransient<DeliverySender>();
        services.AddSingleton<PromptScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<PromptScheduler>());
        services.AddHostedService<DeliveryDispatcher>();
        services.AddHealthChecks()
            .AddCheck<TableStorageHealthCheck>("storage", tags: ["ready"])
            .AddCheck<DeliveryHealthCheck>("delivery", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapTeamsMentor(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapBotMessages("/api/messages");
        app.MapNetworkApi();
        app.MapLedgerApi();
        app.MapTaskApi();
        app.MapReportApi();
        app.MapEvaluationApi();
        app.MapOpenScreenApi();
        app.MapCalendarFiles();
        app.MapDevPeople();
        app.MapTab();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }
}
