using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TeamsMentor.Bot.Privacy;

/// <summary>A person's data: export, erasure and the record of erasures; features add what they do when a person is erased.</summary>
public static class PrivacyServiceCollectionExtensions
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<PrivacyOptions>, PrivacyOptionsValidator>();
        services.AddSingleton<PersonErasure>();
        services.AddSingleton<RetentionPass>();
        services.AddSingleton<Delivery.ISchedulerPass>(sp => sp.GetRequiredService<RetentionPass>());
        return services;
    }

    /// <summary>Registers a feature's part in erasing a person.</summary>
    public static IServiceCollection AddPersonErasedHandler<T>(this IServiceCollection services) where T : class, IPersonErasedHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPersonErasedHandler, T>());
        return services;
    }

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrivacyApi();
        return endpoints;
    }
}
