using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Protocol.Hosting;

namespace TeamsMentor.Bot.Conversation;

/// <summary>The turn pipeline's registrations, and how features add their card actions and text commands to it.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<BotText>();
        services.AddMemoryCache();
        services.TryAddSingleton<PersonLanguage>();
        services.TryAddSingleton<HelpCard>();
        services.TryAddTransient<IActivityHandler, ActivityRouter>();
        services.TryAddTransient<CommandRouter>();
        services.TryAddTransient<CardActionRouter>();
        services.TryAddSingleton<CardFollowUp>();
        services.AddTextCommand<HelpCommand>();
        services.AddCardAction<HelpLanguageAction>();
        return services;
    }

    /// <summary>Registers <typeparamref name="T"/> for its <see cref="ICardAction.Verbs"/>; a verb claimed twice fails here, at start-up.</summary>
    public static IServiceCollection AddCardAction<T>(this IServiceCollection services) where T : class, ICardAction
    {
        ArgumentNullException.ThrowIfNull(services);
        Registry<CardActionRegistry>(services).Add(typeof(T), T.Verbs, T.Budget, T.Untraced);
        services.TryAddTransient<T>();
        return services;
    }

    /// <summary>Registers <typeparamref name="T"/> for its <see cref="ITextCommand.Words"/>; a word claimed twice fails here, at start-up.</summary>
    public static IServiceCollection AddTextCommand<T>(this IServiceCollection services) where T : class, ITextCommand
    {
        ArgumentNullException.ThrowIfNull(services);
        Registry<CommandRegistry>(services).Add(typeof(T), T.Words);
        services.TryAddTransient<T>();
        return services;
    }

    private static TRegistry Registry<TRegistry>(IServiceCollection services) where TRegistry : HandlerRegistry, new()
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(TRegistry))?.ImplementationInstance is TRegistry registry)
        {
            return registry;
        }

        registry = new TRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}
