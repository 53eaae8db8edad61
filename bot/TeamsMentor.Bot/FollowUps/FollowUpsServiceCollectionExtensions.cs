using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Delivery;

namespace TeamsMentor.Bot.FollowUps;

/// <summary>Follow-ups (veiledning): booking and logging in the workspace, the contact person's answer on the invite card, and the advisor's reminder.</summary>
public static class FollowUpsServiceCollectionExtensions
{
    public static IServiceCollection AddFollowUps(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<FollowUpService>();
        services.AddCardAction<FollowUpAction>();
        services.AddWaveBuilder<FollowUpWaves>();
        return services;
    }
}
