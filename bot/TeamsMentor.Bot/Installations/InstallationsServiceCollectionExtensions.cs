using TeamsMentor.Bot.Conversation;

namespace TeamsMentor.Bot.Installations;

/// <summary>Where the app is installed: conversationUpdate and installationUpdate, the welcome, and the link card in a new team.</summary>
public static class InstallationsServiceCollectionExtensions
{
    public static IServiceCollection AddInstallations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddTransient<IConversationEvents, InstallationHandler>();
        return services;
    }
}
