using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Bot.Privacy;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>Open screen: scheduling (command, form and actions), invites and reminders, the workspace endpoints and the .ics file.</summary>
public static class OpenScreenServiceCollectionExtensions
{
    public static IServiceCollection AddOpenScreen(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<OpenScreenService>();
        services.AddSingleton<OpenScreenForms>();
        services.AddTransient<OpenScreenEndpoints.Context>();
        services.AddTextCommand<OpenScreenCommand>();
        services.AddCardAction<OpenScreenAction>();
        services.AddPersonErasedHandler<OpenScreenErasureHandler>();
        services.AddCardAction<OpenScreenInviteAction>();
        services.AddWaveBuilder<OpenScreenReminders>();
        services.AddWaveBuilder<OpenScreenInviteWaves>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITeamChannelLinked, OpenScreenLateInvites>());
        return services;
    }

    public static IEndpointRouteBuilder MapOpenScreen(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenScreenApi();
        endpoints.MapCalendarFiles();
        return endpoints;
    }
}
