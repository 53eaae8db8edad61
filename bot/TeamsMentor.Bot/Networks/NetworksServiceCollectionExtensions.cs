using TeamsMentor.Bot.Conversation;

namespace TeamsMentor.Bot.Networks;

/// <summary>The network in Teams and in the tab: linking channels, roles, the roster, and the organizers' plan endpoints.</summary>
public static class NetworksServiceCollectionExtensions
{
    public static IServiceCollection AddNetworks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<TeamResolver>();
        services.AddTransient<RosterSync>();
        services.AddSingleton<TeamDepartures>();
        services.AddTransient<NetworkEndpoints.Editor>();
        services.AddTextCommand<LinkCommand>();
        services.AddTextCommand<RoleCommand>();
        services.AddCardAction<LinkAction>();
        services.AddCardAction<RoleAction>();
        return services;
    }

    public static IEndpointRouteBuilder MapNetworks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapNetworkApi();
        return endpoints;
    }
}
