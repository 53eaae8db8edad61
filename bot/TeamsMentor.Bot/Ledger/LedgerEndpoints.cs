using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Ledger;

/// <summary>
/// <c>/api/tab/admin/deliveries</c>: the delivery ledger for organizers. Waves of the networks the caller administers
/// (optionally one network), and one wave's deliveries per recipient (queued, sent with activity id, retrying, failed
/// with the reason, unreachable).
/// </summary>
public static class LedgerEndpoints
{
    private const string Forbidden = "Only the network's organizers can see its deliveries.";

    public static RouteGroupBuilder MapLedgerApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab/admin/deliveries").RequireAuthorization(TabAuthentication.Policy);
        group.MapGet("", ListAsync);
        group.MapGet("/{networkId}/{waveId}", WaveAsync).RequireOrganizer(Forbidden);
        return group;
    }

    private static async Task<Results<Ok<List<WaveDto>>, ProblemHttpResult>> ListAsync(
        HttpContext http, string? network, INetworkRepository networks, IDeliveryStore store, AccessService access, CancellationToken ct)
    {
        var user = TabUser.From(http.User)!;
        var plans = (await networks.GetAllPlansAsync(ct)).Where(p => network is null || p.Network.Id == network).ToList();
        if (network is not null && plans.Count == 0)
        {
            return ApiProblems.Problem(404, ProblemCodes.NetworkNotFound, "No such network", $"There is no network '{network}'.");
        }

        var allowed = plans.Where(p => access.CanAdminister(user.ObjectId, p.Network)).ToList();
        if (network is not null && allowed.Count == 0)
        {
            return ApiProblems.Problem(403, ProblemCodes.OrganizersOnly, "Organizers only", Forbidden);
        }

        var waves = new List<WaveDto>();
        foreach (var plan in allowed)
        {
            waves.AddRange((await store.ListWavesAsync(plan.Network.Id, ct)).Select(WaveDto.From));
        }

        return TypedResults.Ok(waves.OrderByDescending(w => w.CreatedAt).ToList());
    }

    private static async Task<Results<Ok<List<DeliveryDto>>, ProblemHttpResult>> WaveAsync(string waveId, CurrentNetwork network, IDeliveryStore store, CancellationToken ct)
    {
        var rows = await store.GetWaveAsync(network.Id, waveId, ct);
        return rows is null
            ? ApiProblems.Problem(404, ProblemCodes.LedgerNoWave, "No such wave", $"Network '{network.Id}' has no wave '{waveId}'.")
            : TypedResults.Ok(rows.OrderBy(r => r.Target.Key, StringComparer.Ordinal).ThenBy(r => r.Operation).Select(DeliveryDto.From).ToList());
    }
}
