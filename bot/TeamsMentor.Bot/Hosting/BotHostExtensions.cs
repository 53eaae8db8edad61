using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using TeamsMentor.Bot.Cards;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Turns;
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
        builder.AddBotProtocol();
        builder.AddTeamsMentorStorage();

        var services = builder.Services;
        services.AddProblemDetails();
        services.AddSingleton<BotText>();
        services.AddSingleton<HelpCard>();
        services.AddSingleton<InstallationHandler>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<CardActionHandler>();
        services.AddSingleton<IActivityHandler, TeamsMentorActivityHandler>();
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("storage", tags: ["ready"]);
        return builder;
    }

    public static WebApplication MapTeamsMentor(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.MapBotMessages("/api/messages");
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
