using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;

namespace TeamsMentor.Bot.Demo;

/// <summary>
/// Imports the demo plans at start-up (Development only), once: a network already stored is left as it is, so a
/// restart keeps everything the demo has done (linked channels, people who joined, roles).
/// </summary>
internal sealed class DemoPlanSeeder(
    IOptions<DemoOptions> options,
    INetworkRepository networks,
    IHostEnvironment environment,
    ILogger<DemoPlanSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var file in options.Value.PlanFiles)
        {
            var path = Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(environment.ContentRootPath, file));
            var result = NetworkPlanDocument.Read(await File.ReadAllBytesAsync(path, cancellationToken));
            if (!result.IsValid)
            {
                throw new InvalidOperationException($"The demo plan {path} is not valid:\n" + string.Join("\n", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
            }

            var plan = WithDemoIdentities(WithDemoOrganizers(result.Plan!));
            if (await networks.GetVersionedPlanAsync(plan.Network.Id, cancellationToken) is { } stored)
            {
                // Left as it is, except that people stored before the demo had made-up ids get theirs (dev sign-in).
                var backfilled = WithDemoIdentities(stored.Value);
                if (backfilled.Members.Zip(stored.Value.Members).Any(p => p.First.AadObjectId != p.Second.AadObjectId)
                    || backfilled.Network.Organizers.Zip(stored.Value.Network.Organizers).Any(p => p.First.AadObjectId != p.Second.AadObjectId))
                {
                    await networks.ImportAsync(backfilled, stored.Version, ImportMode.Merge, cancellationToken);
                }

                DemoLog.AlreadyThere(logger, plan.Network.Id);
                continue;
            }

            await networks.ImportAsync(plan, cancellationToken);
            DemoLog.Imported(logger, plan.Network.Id, plan.Teams.Count, plan.Gatherings.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private NetworkPlan WithDemoOrganizers(NetworkPlan plan)
    {
        var extra = options.Value.Organizers.Select((o, i) => new Organizer($"demo-organizer-{i + 1}", o.Name, null, o.AadObjectId));
        return plan with { Network = plan.Network with { Organizers = [.. plan.Network.Organizers, .. extra] } };
    }

    /// <summary>
    /// Gives every planned person without an Entra object id a stable made-up one (the same on every run), so the tab's
    /// development sign-in can act as them. Real ids are learned in Teams; this is the demo only.
    /// </summary>
    internal static NetworkPlan WithDemoIdentities(NetworkPlan plan) => plan with
    {
        Network = plan.Network with
        {
            Organizers = [.. plan.Network.Organizers.Select(o => o.AadObjectId is null ? o with { AadObjectId = DemoObjectId(plan.Network.Id, o.Id) } : o)],
        },
        Members = [.. plan.Members.Select(m => m.AadObjectId is null ? m with { AadObjectId = DemoObjectId(plan.Network.Id, m.Id) } : m)],
    };

    private static string DemoObjectId(string networkId, string personId)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"teamsmentor-demo:{networkId}:{personId}"));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }
}
