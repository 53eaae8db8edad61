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
/// <remarks>
/// A pass reads one thing for all networks: their schedule stamps (<see cref="IScheduleStamps"/>). Of each network it
/// keeps a view (the plan, its open-screen sessions and the prompts sent), read again only when the stamp moved or after
/// <see cref="DeliveryOptions.SchedulerRefreshInterval"/>, and asks the view what is due. The view leaves out what can
/// only make a prompt not due (reports submitted, progress plans made, follow-ups booked), so it errs towards "due";
/// when it finds something due, the network is read afresh in full and asked again, and only that answer builds waves. A
/// prompt the fresh answer does not want, or whose wave could not be built (no way to the team yet), is settled until
/// the network's stamp moves. So a network with nothing due costs no reads of its own, and one whose time has come is
/// read as carefully as before.
/// </remarks>
public sealed class PromptScheduler(
    INetworkRepository networks,
    IScheduleStamps stamps,
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
    private readonly ISchedulerPass[] _passes = [.. passes];
    private readonly Dictionary<string, NetworkView> _views = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _passing = new(1, 1);
    private IReadOnlyList<string> _listed = [];
    private DateTimeOffset? _listedAt;

    /// <summary>One pass over every network. Returns how many waves were enqueued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await _passing.WaitAsync(cancellationToken);
        try
        {
            return await PassAsync(cancellationToken);
        }
        finally
        {
            _passing.Release();
        }
    }

    private async Task<int> PassAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var refresh = options.Value.SchedulerRefreshInterval;
        var stamped = await stamps.ReadAllAsync(cancellationToken);

        // Networks never touched (imported before stamps existed, or whose touch did not land) are found by the list.
        if (_listedAt is not { } listedAt || now - listedAt >= refresh || now < listedAt)
        {
            _listed = [.. (await networks.ListAsync(cancellationToken)).Select(n => n.Id)];
            _listedAt = now;
        }

        var ids = new SortedSet<string>(stamped.Keys.Concat(_listed), StringComparer.Ordinal);
        foreach (var gone in _views.Keys.Where(id => !ids.Contains(id)).ToList())
        {
            _views.Remove(gone);
        }

        var enqueued = 0;
        foreach (var id in ids)
        {
            var stamp = stamped.GetValueOrDefault(id);
            var readNow = false;
            if (!_views.TryGetValue(id, out var view) || view.Stamp != stamp || now >= view.RefreshAt || now < view.ReadAt)
            {
                view = await ReadViewAsync(id, stamp, now, refresh, cancellationToken);
                _views[id] = view;
                readNow = true;
            }

            if (view.Plan is not { } plan)
            {
                continue;
            }

            var looksDue = DuePrompts.Compute(plan, view.State, now).Any(p => !view.Settled.Contains(p.Key));
            if (looksDue || _passes.Any(p => p.IsDue(plan, now)))
            {
                // The view afresh (unless this pass has just read it), keeping what was settled.
                var fresh = readNow ? view : await ReadViewAsync(id, stamp, now, refresh, cancellationToken);
                fresh.Settled.UnionWith(view.Settled);
                enqueued += await RunFreshAsync(id, fresh, now, cancellationToken);
            }
        }

        return enqueued;
    }

    /// <summary>
    /// What the pass keeps of a network between passes: the plan, its open-screen sessions and the prompts sent (three
    /// reads). Read again at a time spread over the second half of the refresh interval, so networks read together are
    /// not all read again together.
    /// </summary>
    private async Task<NetworkView> ReadViewAsync(string networkId, string? stamp, DateTimeOffset now, TimeSpan refresh, CancellationToken cancellationToken)
    {
        var spread = (uint)StringComparer.Ordinal.GetHashCode(networkId) / (double)uint.MaxValue;
        var refreshAt = now + (refresh / 2) + (refresh / 2 * spread);
        if ((await networks.GetVersionedPlanAsync(networkId, cancellationToken))?.Value is not { } plan)
        {
            return new NetworkView(stamp, null, PromptState.Empty, now, refreshAt);
        }

        var state = PromptState.Empty with
        {
            Sent = await store.GetWaveTimesAsync(networkId, cancellationToken),
            Sessions = [.. (await openScreen.ListSessionsAsync(networkId, cancellationToken)).Select(s => s.Value)],
        };
        return new NetworkView(stamp, plan, state, now, refreshAt);
    }

    /// <summary>
    /// The network looks due: with its view just read, reads the rest (its reports, progress plans and follow-ups), runs
    /// the scheduler passes that are due, and builds and enqueues what this full state says is due. What the view
    /// wanted and the full state does not, and what could not be built, is settled in the view.
    /// </summary>
    private async Task<int> RunFreshAsync(string networkId, NetworkView view, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _views[networkId] = view;
        if (view.Plan is not { } plan)
        {
            return 0;
        }

        var all = await reports.ListAsync(networkId, cancellationToken);
        foreach (var pass in _passes.Where(p => p.IsDue(plan, now)))
        {
            await pass.RunAsync(plan, all, now, cancellationToken);
        }

        var state = view.State with
        {
            SubmittedReports = all.Where(r => r.State == StatusReportState.Submitted).Select(r => (r.Gathering, r.TeamId)).ToHashSet(),
            Sessions = [.. view.State.Sessions.Where(s => !s.IsCancelled && s.Start > now)],
            MadeProgressPlans = await MadeProgressPlansAsync(plan, now, cancellationToken),
            FollowUpTeams = await FollowUpTeamsAsync(plan, now, cancellationToken),
        };
        var enqueued = 0;
        var attempted = false;
        foreach (var prompt in DuePrompts.Compute(plan, state, now))
        {
            if (!_builders.TryGetValue(prompt.Kind, out var builder)
                || await builder.BuildAsync(new WaveContext(plan, prompt, all, now), cancellationToken) is not { } built)
            {
                continue;
            }

            // The message it replaces goes first: a pass cut short in between enqueues this wave on the next pass
            // (it is still due) and the deletes again (harmless: a message already gone counts as deleted).
            attempted = true;
            if (built.Replaces is { } replaced)
            {
                foreach (var delivery in built.Deliveries)
                {
                    await store.EnqueueCardDeleteAsync(networkId, replaced, delivery.Target, now, cancellationToken);
                }
            }

            var outcome = await store.EnqueueAsync(built.Wave, built.Deliveries, cancellationToken);
            if (outcome.Added > 0)
            {
                enqueued++;
                DeliveryLog.Enqueued(logger, built.Wave.WaveId, outcome.Added);
            }
        }

        // The waves just enqueued are sent prompts now: their times as stored (a reminder is due only after them). What
        // the view still wants after that was not wanted by the fresh state, or could not be built: settled.
        var sent = attempted ? await store.GetWaveTimesAsync(networkId, cancellationToken) : view.State.Sent;
        var next = new NetworkView(view.Stamp, plan, view.State with { Sent = sent }, view.ReadAt, view.RefreshAt);
        next.Settled.UnionWith(view.Settled);
        next.Settled.UnionWith(DuePrompts.Compute(plan, next.State, now).Select(p => p.Key));
        _views[networkId] = next;
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

    public override void Dispose()
    {
        _passing.Dispose();
        base.Dispose();
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

    /// <summary>A network as the scheduler last read it, with the stamp it had then and the prompt keys settled since.</summary>
    private sealed record NetworkView(string? Stamp, NetworkPlan? Plan, PromptState State, DateTimeOffset ReadAt, DateTimeOffset RefreshAt)
    {
        public HashSet<string> Settled { get; } = new(StringComparer.Ordinal);
    }
}
