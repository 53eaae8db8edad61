using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TeamsMentor.Bot.Delivery;

/// <summary>The delivery engine (scheduler, senders, ledger health), and how features add the waves they build.</summary>
public static class DeliveryServiceCollectionExtensions
{
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>, DeliveryOptionsValidator>();
        services.AddSingleton<DeliveryStatus>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<Domain.Delivery.IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddTransient<DeliverySender>();
        services.AddSingleton<PromptScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<PromptScheduler>());
        services.AddHostedService<DeliveryDispatcher>();
        services.AddHealthChecks().AddCheck<DeliveryHealthCheck>("delivery", tags: ["ready"]);
        return services;
    }

    /// <summary>Registers a feature's wave builder (also as itself, for the feature's own use).</summary>
    public static IServiceCollection AddWaveBuilder<T>(this IServiceCollection services) where T : class, IWaveBuilder
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<T>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWaveBuilder, T>(sp => sp.GetRequiredService<T>()));
        return services;
    }
}
