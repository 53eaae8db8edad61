using TeamsMentor.Bot.Delivery;

namespace TeamsMentor.Bot.Health;

/// <summary>Network health: the organizers' view of every team this period and the weekly digest to their channel.</summary>
public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<HealthSignalsReader>();
        services.AddWaveBuilder<HealthWaves>();
        return services;
    }
}
