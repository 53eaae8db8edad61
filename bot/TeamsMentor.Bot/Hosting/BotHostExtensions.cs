using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Attendance;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.FollowUps;
using TeamsMentor.Bot.Health;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Demo;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Bot.Installations;
using TeamsMentor.Bot.Ledger;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Bot.OpenScreen;
using TeamsMentor.Bot.Privacy;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Bot.Telemetry;
using TeamsMentor.Bot.Tasks;
using TeamsMentor.Infrastructure;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Protocol.Hosting;

namespace TeamsMentor.Bot.Hosting;

/// <summary>
/// The host's registrations and endpoints; Program.cs only calls these two methods, and these only call each
/// project's and each feature's own <c>AddX()</c> / <c>MapX()</c>.
/// </summary>
public static class BotHostExtensions
{
    public static IHostApplicationBuilder AddTeamsMentorBot(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // The app's clock comes before the protocol layer, whose TryAdd then keeps it.
        services.AddDemoClock();
        builder.AddBotProtocol();
        builder.AddTeamsMentorStorage();
        builder.AddTeamsMentorMeetings();
        builder.AddTabAuthentication();
        builder.AddAppTelemetry();

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        services.AddOptions<AppOptions>().BindConfiguration(AppOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AppOptions>, AppOptionsValidator>();
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("storage", tags: ["ready"]);

        // Hosted services start in the order they are registered: the demo's plans and history are seeded before the
        // scheduler's first pass (which would otherwise open the demo's evaluations itself).
        services.AddDemo();
        services.AddConversation();
        services.AddAccess();
        services.AddDelivery();
        services.AddInstallations();
        services.AddNetworks();
        services.AddTasks();
        services.AddReports();
        services.AddEvaluations();
        services.AddOpenScreen();
        services.AddFollowUps();
        services.AddHealth();
        services.AddLedger();
        services.AddPrivacy();
        return builder;
    }

    public static WebApplication MapTeamsMentor(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseTabRouteIds();
        app.UseTabTimeBudget();
        app.MapBotMessages("/api/messages");
        app.MapAccess();
        app.MapNetworks();
        app.MapTasks();
        app.MapReports();
        app.MapEvaluations();
        app.MapOpenScreen();
        app.MapAttendance();
        app.MapFollowUps();
        app.MapHealth();
        app.MapLedger();
        app.MapPrivacy();
        app.MapDevPeople();
        app.MapDemoClock();
        app.MapTab();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }
}
