using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Privacy;
using TeamsMentor.Domain.Evaluations;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>The evaluation: its answer key, card actions, waves, and the organizers' results, item bank and export.</summary>
public static class EvaluationsServiceCollectionExtensions
{
    public static IServiceCollection AddEvaluations(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EvaluationOptions>, EvaluationOptionsValidator>();
        services.AddSingleton(sp => new RespondentKeys(sp.GetRequiredService<IOptions<EvaluationOptions>>().Value.KeyBytes()));
        services.AddCardAction<EvaluationAction>();
        services.AddTextCommand<EvaluationCommand>();
        services.AddTextCommand<OpenEvaluationCommand>();
        services.AddWaveBuilder<EvaluationWaves>();
        services.AddSingleton<Delivery.ISchedulerPass, EvaluationSealing>();
        services.AddPersonErasedHandler<EvaluationErasureHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvaluations(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapEvaluationApi();
        endpoints.MapLiveEvaluation();
        return endpoints;
    }
}
