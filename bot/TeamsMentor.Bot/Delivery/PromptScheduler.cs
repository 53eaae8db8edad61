using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// Every <see cref="DeliveryOptions.SchedulerInterval"/> (in the instance that holds the sender lease) asks each network
/// what is due (<see cref="DuePrompts"/>), has the feature that owns each prompt's kind build its wave
/// (<see cref="IWaveBuilder"/>), and enqueues the waves not enqueued before. The wave id is the prompt's idempotency
/// key, so a restart, a second instance or a re-run adds nothing twice.
/// </summary>
public sealed class PromptScheduler(
    INetworkRepository networks,
    IDeliveryStore store,
    IStatusReportRepository reports,
    IOpenScreenRepository openScreen,
    ITeamProgressRepository progress,
    IFollowUpRepository followUps,
    IEnumerable<ISchedulerPass> passes,
    IEnumerable<IWaveBuilder> builders,
    DeliveryStatus status,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<PromptScheduler> logger) : BackgroundService
{
    private readonly Dictionary<PromptKind, IWaveBuilder> _builders = ByKind(builders);

    /// <summary>One pass over every network. Returns how many waves were enqueued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var enqueued = 0;
        foreach (var plan in await networks.GetAllPlansAsync(cancellationToken))
        {
            var now = time.GetUtcNow();
            var sent = await store.GetWaveTimesAsync(plan.Network.Id, cancellationToken);
            var all = await reports.ListAsync(plan.Network.Id, cancellationToken);
            var submitted = all
                .Where(r => r.State == StatusReportState.Submitted)
                .Select(r => (r.Gathering, r.TeamId))
                .ToHashSet();
            foreach (var pass in passes)
            {
                await pass.RunAsync(plan, all, now, cancellationToken);
            }

            var sessions = (await openScreen.ListSessionsAsync(plan.Network.Id, cancellationToken))
                .Select(s => s.Value).Where(s => !s.IsCancelled && s.Start > now).ToList();
            var state = PromptState.Empty with
            {
                Sent = sent, SubmittedReports = submitted, Sessions = sessions,
                MadeProgressPlans = await MadeProgressPlansAsync(plan, now, cancellationToken),
                FollowUpTeams = await FollowUpTeamsAsync(plan, now, cancellationToken),
            };
            foreach (var prompt in DuePrompts.Compute(plan, state, now))
            {
                if (!_builders.TryGetValue(prompt.Kind, out var builder)
                    || await builder.BuildAsync(new WaveContext(plan, prompt, all, now), cancellationToken) is not { } built)
                {
                    continue;
                }

                // The message it replaces goes first: a pass cut short in between enqueues this wave on the next pass
                // (it is still due) and the deletes again (harmless: a message already gone counts as deleted).
                if (built.Replaces is { } replaced)
                {
                    foreach (var delivery in built.Deliveries)
                    {
                        await store.EnqueueCardDeleteAsync(plan.Network.Id, replaced, delivery.Target, now, cancellationToken);
                    }
                }

                var outcome = await store.EnqueueAsync(built.Wave, built.Deliveries, cancellationToken);
                if (outcome.Added > 0)
                {
                    enqueued++;
                    DeliveryLog.Enqueued(logger, built.Wave.WaveId, outcome.Added);
                }
            }
        }

        return enqueued;
    }

    /// <summary>
    /// The teams whose progress plan is made, for a period that is asking now (the teams' progress is read only then: a
    /// pass between periods reads nothing more).
    /// </summary>
    private async Task<HashSet<(int, string)>> MadeProgressPlansAsync(NetworkPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var made = new HashSet<(int, string)>();
        var asking = ProgressPlans.Periods(plan).Where(p => p.Opens <= now && now < p.Deadline).ToList();
        if (asking.Count == 0)
        {
            return made;
        }

        foreach (var team in plan.Teams)
        {
            var saved = (await progress.GetTeamAsync(plan.Network.Id, team.Id, cancellationToken)).Select(p => p.Value).ToList();
            foreach (var period in asking.Where(p => ProgressPlans.State(p, saved, now) == ProgressPlanState.Made))
            {
                made.Add((period.Gathering, team.Id));
            }
        }

        return made;
    }

    /// <summary>The teams with a follow-up in a period whose advisor reminder is due (read only then).</summary>
    private async Task<HashSet<(int, string)>> FollowUpTeamsAsync(NetworkPlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var reminding = plan.Gatherings.Where(g => FollowUpRules.ReminderAt(plan, g) is { } at
            && WorkingTime.LatestAtOrBefore(at, plan.Network, notBefore: g.End) <= now
            && plan.GatheringNumber(g.Number + 1) is { } next && now < next.Start).ToList();
        if (reminding.Count == 0)
        {
            return [];
        }

        return [.. (await followUps.ListAsync(plan.Network.Id, cancellationToken)).Select(f => f.Value)
            .Where(f => f.State != FollowUpState.Cancelled).Select(f => (f.Period, f.TeamId))];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (status.Role == DeliveryStatus.Sender)
                {
                    await RunOnceAsync(stoppingToken);
                }
            }
            catch (StorageUnavailableException ex) when (!stoppingToken.IsCancellationRequested)
            {
                DeliveryLog.SchedulerStorageUnavailable(logger, ex.Message);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                DeliveryLog.PassFailed(logger, ex); // a boundary: log, and try again next pass
            }

            await Task.Delay(options.Value.SchedulerInterval, time, stoppingToken);
        }
    }

    private static Dictionary<PromptKind, IWaveBuilder> ByKind(IEnumerable<IWaveBuilder> builders)
    {
        var byKind = new Dictionary<PromptKind, IWaveBuilder>();
        foreach (var builder in builders)
        {
            foreach (var kind in builder.Kinds)
            {
                if (!byKind.TryAdd(kind, builder))
                {
                    throw new InvalidOperationException($"Prompts of kind {kind} are built by both {byKind[kind].GetType().Name} and {builder.GetType().Name}.");
                }
            }
        }

        return byKind;
    }
}
