using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Privacy;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.Privacy;

/// <summary>
/// Erases a person from one network (an organizer's request) or from all (an administrator's, or retention's). The
/// order makes a request cut short safe to repeat: the rows outside the plan first, then the features' cards, then the
/// plan (until then the person can still be found by name to finish), then the rows shared across networks, which go
/// only when the person is left in no other network. What still names the person is counted afterwards, and the
/// erasure is recorded without who it was.
/// </summary>
public sealed class PersonErasure(
    IPersonalDataStore store,
    INetworkRepository networks,
    IEnumerable<IPersonErasedHandler> handlers,
    TimeProvider time,
    ILogger<PersonErasure> logger)
{
    private const int PlanAttempts = 3;
    private const string PlanTable = "Networks";

    /// <summary>The outcome: the record's counts and what still names the person, or the plan's refusal (e.g. its last organizer).</summary>
    public sealed record Result(ErasureEvent? Event, ErasureCounts Counts, int Remaining, PlanReadResult? Refused);

    /// <param name="networkId">Only this network (an organizer's request); null: every network the person is in.</param>
    public async Task<Result> EraseAsync(DataSubject subject, string? networkId, string requestedBy, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        subject = await store.CompleteAsync(subject, cancellationToken);
        IReadOnlyCollection<string> scope = networkId is null ? subject.Networks : [networkId];
        var shared = subject.Networks.All(n => scope.Contains(n)) ? subject : null;
        return await RunAsync(subject, scope, shared, networkId, requestedBy, reason, cancellationToken);
    }

    /// <summary>
    /// Retention: every member of the network at once (organizers stay: they keep the network's archive), with the
    /// counts of who came kept under random tokens; the shared rows of those in no other network.
    /// </summary>
    public async Task<Result> EraseMembersAsync(string networkId, CancellationToken cancellationToken)
    {
        var all = await networks.GetAllPlansAsync(cancellationToken);
        var plan = all.First(p => p.Network.Id == networkId);
        var organizers = plan.Network.Organizers.Select(o => o.AadObjectId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var elsewhere = all.Where(p => p.Network.Id != networkId)
            .SelectMany(p => p.Members.Select(m => m.AadObjectId).Concat(p.Network.Organizers.Select(o => o.AadObjectId))).OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var members = plan.Members.Where(m => m.AadObjectId is null || !organizers.Contains(m.AadObjectId)).ToList();
        DataSubject Of(IEnumerable<Domain.Networks.Member> people) => new()
        {
            AadObjectIds = [.. people.Select(m => m.AadObjectId?.ToLowerInvariant()).OfType<string>().Distinct(StringComparer.Ordinal)],
            MemberIds = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [networkId] = [.. people.Select(m => m.Id)] },
            Names = [.. people.Select(m => m.Name).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase)],
            Emails = [.. people.Select(m => m.Email).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
            TeamsIds = [.. people.Select(m => m.TeamsUserId).OfType<string>().Distinct(StringComparer.Ordinal)],
            KeepCounts = true,
        };
        var subject = await store.CompleteAsync(Of(members), cancellationToken);
        var shared = await store.CompleteAsync(Of(members.Where(m => m.AadObjectId is null || !elsewhere.Contains(m.AadObjectId))), cancellationToken);
        return await RunAsync(subject, [networkId], shared, networkId, RetentionRequester, "retention", cancellationToken);
    }

    /// <summary>Who asked, in the record of a retention erasure.</summary>
    public const string RetentionRequester = "retention";

    private async Task<Result> RunAsync(DataSubject subject, IReadOnlyCollection<string> scope, DataSubject? shared, string? networkId, string requestedBy, string reason,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        // The plan must accept the change before anything is erased (a network's last organizer cannot go).
        var plans = new Dictionary<string, NetworkPlan>(StringComparer.Ordinal);
        foreach (var id in scope)
        {
            if (await networks.GetVersionedPlanAsync(id, cancellationToken) is { } current)
            {
                var check = PlanErasure.Apply(current.Value, subject);
                if (check.Plan is not { } without)
                {
                    return new Result(null, new ErasureCounts(), 0, check);
                }

                plans[id] = without;
            }
        }

        var (counts, touched) = await store.EraseAsync(subject, scope, cancellationToken);
        foreach (var (id, without) in plans)
        {
            // Cards are drawn from the plan as it will be (no contact person who is gone), before it is saved.
            var inNetwork = touched.Where(r => r.PartitionKey == id).ToList(); // the tables keyed by network
            foreach (var handler in handlers)
            {
                await handler.OnErasedAsync(without, subject, inNetwork, now, cancellationToken);
            }

            if (await ErasePlanAsync(id, subject, cancellationToken) is var (deleted, changed))
            {
                counts.AddDeleted(PlanTable, deleted);
                counts.AddChanged(PlanTable, changed);
            }
        }

        if (shared is not null)
        {
            counts.Add(await store.EraseSharedAsync(shared, cancellationToken));
        }

        var remaining = (await store.FindAsync(subject, scope, false, cancellationToken)).Count
            + (shared is null ? 0 : (await store.FindAsync(shared, [], true, cancellationToken)).Count);
        var erasure = new ErasureEvent(Guid.NewGuid().ToString("n"), now, requestedBy, networkId, shared is not null, counts.Deleted, counts.Changed, reason);
        await store.RecordErasureAsync(erasure, cancellationToken);
        PrivacyLog.Erased(logger, erasure.Id, networkId ?? "*", shared is not null, counts.Deleted, counts.Changed, remaining);
        return new Result(erasure, counts, remaining, null);
    }

    /// <summary>The plan without the person, saved at the version read (read again on a conflict); the plan rows it deleted and changed.</summary>
    private async Task<(int Deleted, int Changed)?> ErasePlanAsync(string networkId, DataSubject subject, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < PlanAttempts; attempt++)
        {
            if (await networks.GetVersionedPlanAsync(networkId, cancellationToken) is not { } current)
            {
                return null;
            }

            if (!PlanErasure.Names(current.Value, subject) || PlanErasure.Apply(current.Value, subject).Plan is not { } plan)
            {
                return null;
            }

            var (outcome, _) = await networks.ImportAsync(plan, current.Version, ImportMode.Exact, cancellationToken);
            if (outcome == WriteOutcome.Saved)
            {
                return PlanErasure.Rows(current.Value, plan);
            }
        }

        throw new InvalidOperationException($"The plan of {networkId} kept changing; the erasure is not finished. Erasing again finishes it.");
    }
}
