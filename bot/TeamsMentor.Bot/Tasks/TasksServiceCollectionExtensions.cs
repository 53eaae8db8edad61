using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Delivery;

namespace TeamsMentor.Bot.Tasks;

/// <summary>A team's tasks and progress ("Min plan"): the "plan" command and the tab's task endpoints.</summary>
public static class TasksServiceCollectionExtensions
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddTextCommand<PlanCommand>();
        services.AddCardAction<ProgressPlanAction>();
        services.AddWaveBuilder<ProgressPlanWaves>();
        return services;
    }

    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTaskApi();
        endpoints.MapProgressPlans();
        return endpoints;
    }
}
