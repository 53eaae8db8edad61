
namespace TeamsMentor.Domain.Networks;

/// <summary>Reads built on <see cref="INetworkRepository"/>.</summary>
public static class NetworkRepositoryExtensions
{
    /// <summary>Every stored network's plan (a deployment holds a handful; each is one partition read).</summary>
    public static async Task<IReadOnlyList<NetworkPlan>> GetAllPlansAsync(this INetworkRepository networks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(networks);
        var plans = new List<NetworkPlan>();
        foreach (var summary in await networks.ListAsync(cancellationToken))
        {
            if (await networks.GetPlanAsync(summary.Id, cancellationToken) is { } plan)
            {
                plans.Add(plan);
            }
        }

        return plans;
    }
}
