using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// The sender worker: holds the sender lease, polls the outbox for due deliveries and hands each poll's batch to a
/// <see cref="DeliveryBatch"/>. Storage outages are waited out (nothing is lost: the outbox is the truth); another
/// instance stands by and takes over when this one's lease runs out.
/// </summary>
public sealed class DeliveryDispatcher(
    IDeliveryStore store,
    IAnswerJournalFactory journals,
    IServiceProvider services,
    DeliveryStatus status,
    OutboxSignal signal,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        if (!o.Enabled)
        {
            status.BecameRole(DeliveryStatus.Disabled);
            return;
        }

        var instance = string.IsNullOrWhiteSpace(o.InstanceId) ? Environment.MachineName : o.InstanceId;
        var run = Guid.NewGuid().ToString("N");
        var owner = $"{instance}|{run}";
        using var journal = journals.Open(o.JournalPath, instance, run);
        var recovering = false;
        var lease = new SenderLease(store, time, o.LeaseDuration, instance);
        var gate = new RateGate(time, o.TenantRequestsPerSecond, o.TenantPacing, o.ConversationWindowStretch);
        var batchSize = (int)Math.Clamp(o.TenantRequestsPerSecond * 4, 50, 1000);
        var deadLettersCountedAt = DateTimeOffset.MinValue;
        using var slots = new SemaphoreSlim(o.MaxConcurrentSends);
        using var requestsOut = new InFlightLimit(o.MaxConcurrentSends);
        var working = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var inFlight = new List<Task>();
        var idleWait = o.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                recovering |= await lease.RenewIfDueAsync(stoppingToken);
                if (recovering && lease.IsHeld)
                {
                    var (recorded, released) = await RecoverAsync(journal, instance, owner, o, stoppingToken);
                    recovering = false;
                    DeliveryLog.BecameSender(logger, instance, recorded, released);
                }

                if (!lease.IsHeld)
                {
                    status.BecameRole(DeliveryStatus.Standby);
                    await Task.Delay(o.LeaseDuration / 3, time, stoppingToken);
                    continue;
                }

                status.BecameRole(DeliveryStatus.Sender);
                var now = time.GetUtcNow();
                if (now - deadLettersCountedAt > TimeSpan.FromMinutes(1))
                {
                    status.DeadLetters = await store.CountDeadLettersAsync(stoppingToken);
                    deadLettersCountedAt = now;
                }

                var due = await store.FetchDueAsync(now, batchSize, stoppingToken);
                status.Polled(now, due.Count == 0 ? null : due.Min(d => d.NextAttemptAt));
                if (due.Count == 0)
                {
                    // Nothing due: wait longer after each empty poll (up to IdlePollInterval, and never past the
                    // lease's renewal), unless something is enqueued here meanwhile.
                    await signal.WaitAsync(Max(Min(idleWait, lease.UntilRenewal), TimeSpan.FromMilliseconds(50)), time, stoppingToken);
                    idleWait = Min(idleWait * 2, o.IdlePollInterval);
                    continue;
                }

                idleWait = o.PollInterval;
                var sender = services.GetRequiredService<DeliverySender>(); // a fresh typed HttpClient per poll
                var batch = new DeliveryBatch(store, sender, gate, slots, requestsOut, working, lease, journal, status, o, owner, time, logger);
                inFlight.RemoveAll(t => t.IsCompleted);
                var started = await batch.RunAsync(due, stoppingToken);
                inFlight.AddRange(started);
                if (started.Count == 0)
                {
                    // Everything due is already on its way here or waits for a busy conversation: look again when a
                    // send finishes, or after the poll interval.
                    var pending = inFlight.Where(t => !t.IsCompleted).ToList();
                    var interval = Task.Delay(o.PollInterval, time, stoppingToken);
                    await (pending.Count == 0 ? interval : Task.WhenAny(interval, Task.WhenAny(pending)));
                }
            }
            catch (StorageUnavailableException ex) when (!stoppingToken.IsCancellationRequested)
            {
                status.StorageFailed(time.GetUtcNow());
                DeliveryLog.SenderStorageUnavailable(logger, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The worker loop is a boundary: a bug must not stop the host or the outbox. It is logged and retried.
                DeliveryLog.LoopFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }

        await Task.WhenAll(inFlight); // claimed sends finish and are recorded before the host stops
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>
    /// What an earlier run of this instance left claimed: where its journal holds Teams' answer for that very attempt,
    /// the answer is recorded (no second post); the others go back in line at once (their requests may or may not have
    /// reached Teams: resent in doubt). Then those journals are forgotten.
    /// </summary>
    private async Task<(int Recorded, int Released)> RecoverAsync(IAnswerJournal journal, string instance, string owner, DeliveryOptions o, CancellationToken cancellationToken)
    {
        var stale = await store.FindStaleClaimsAsync(instance, owner, cancellationToken);
        var answers = stale.Count == 0 ? [] : journal.ReadEarlierRuns()
            .GroupBy(a => (a.WaveId, a.TargetKey, a.Owner, a.Attempt))
            .ToDictionary(g => g.Key, g => g.Last().Result);
        int recorded = 0, released = 0;
        foreach (var claim in stale)
        {
            if (answers.TryGetValue((claim.WaveId, claim.Target.Key, claim.LeaseOwner!, claim.Attempts), out var answer) && !claim.Operation.IsFollowUp())
            {
                var decision = DeliveryPolicy.Decide(answer, claim.Attempts, time.GetUtcNow(), o.Retry, Random.Shared.NextDouble());
                if (await store.RecordAsync(claim, decision, answer, time.GetUtcNow(), cancellationToken) == WriteOutcome.Saved)
                {
                    status.Count(decision.State, answer.Outcome);
                    recorded++;
                }
            }
            else if (await store.ReleaseClaimAsync(claim, time.GetUtcNow(), cancellationToken) == WriteOutcome.Saved)
            {
                released++;
            }
        }

        journal.ForgetEarlierRuns();
        return (recorded, released);
    }
}
