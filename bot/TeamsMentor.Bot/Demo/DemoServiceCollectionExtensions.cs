using Microsoft.Extensions.Options;

namespace TeamsMentor.Bot.Demo;

/// <summary>The demo (Development only): the app's clock at <c>Demo:Now</c>, and the seeders that import the plans and invent history.</summary>
public static class DemoServiceCollectionExtensions
{
    /// <summary>The app's clock: the system's, or in a Development demo one that starts at <c>Demo:Now</c>.</summary>
    public static IServiceCollection AddDemoClock(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>();
        services.AddSingleton<TimeProvider>(sp =>
            sp.GetRequiredService<IOptions<DemoOptions>>().Value.Now is { } now ? new ShiftedTimeProvider(now, TimeProvider.System) : TimeProvider.System);
        return services;
    }

    /// <summary>The seeders, in order: the plans first, then the history that needs them.</summary>
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHostedService<DemoPlanSeeder>();
        services.AddHostedService<DemoReportSeeder>();
        services.AddHostedService<DemoEvaluationSeeder>();
        services.AddHostedService<DemoOpenScreenSeeder>();
        services.AddHostedService<DemoAttendanceSeeder>();
        services.AddHostedService<DemoFollowUpSeeder>();
        return services;
    }
}
