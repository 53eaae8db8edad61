using TeamsMentor.Bot.Conversation;

namespace TeamsMentor.Bot.Ledger;

/// <summary>The delivery ledger for organizers: the "utsendinger" command and the ledger endpoints.</summary>
public static class LedgerServiceCollectionExtensions
{
    public static IServiceCollection AddLedger(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddTextCommand<LedgerCommand>();
        return services;
    }

    public static IEndpointRouteBuilder MapLedger(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapLedgerApi();
        return endpoints;
    }
}
