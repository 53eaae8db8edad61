using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// Sends one poll's deliveries: each waits for a send slot and the rate gate, is claimed (the attempt is recorded before
/// the request goes out), sent once, and its result recorded at once (after: the only window in which a crash can cause
/// a duplicate). A delivery whose conversation is busy for longer than a moment is left for a later poll instead of
/// holding up the rest.
/// </summary>
public sealed partial class DeliveryBatch(
    IDeliveryStore store,
    DeliverySender sender,
    RateGate gate,
    SemaphoreSlim slots,
    SenderLease lease,
    DeliveryStatus status,
    DeliveryOptions options,
    string owner,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Starts every delivery of the poll (within the limits) and returns the sends still in flight: they are claimed, so
    /// the next poll can run meanwhile without finding them again. None started: everything due is held by its conversation's limits.
    /// </summary>
    public async Task<IReadOnlyList<Task>> RunAsync(IReadOnlyList<DeliveryItem> due, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var queue = due.ToList();
        var running = new List<Task>();
        while (queue.Count > 0 && !stoppingToken.IsCancellationRequested)
        {
            await lease.RenewIfDueAsync(stoppingToken);
            if (!lease.IsHeld)
            {
                break; // another instance may be the sender now: claim nothing more
            }

            await slots.WaitAsync(stoppingToken);
            var wait = TimeSpan.MaxValue;
            var started = false;
            for (var i = 0; i < queue.Count; i++)
            {
                var item = queue[i];
                var decision = gate.TryAcquire(item.Target.TenantId, item.RateKey);
                if (decision.Acquired)
                {
                    queue.RemoveAt(i);
                    running.Add(SendOneAsync(item));
                    started = true;
                    break;
                }

                if (!decision.ConversationBound)
                {
                    wait = decision.Wait; // the tenant's pace holds everyone
                    break;
                }

                if (decision.Wait > MaxHold)
                {
                    queue.RemoveAt(i--); // still due in storage: a later poll picks it up
                    continue;
                }

                wait = decision.Wait < wait ? decision.Wait : wait;
            }

            if (!started)
            {
                slots.Release();
                if (wait != TimeSpan.MaxValue)
                {
                    await Task.Delay(wait, time, stoppingToken);
                }
            }
        }

        return running;
    }

    private async Task SendOneAsync(DeliveryItem item)
    {
        try
        {
            // Once claimed, a send is finished and recorded even while the host stops: cancelling it midway would only
            // turn a clean result into one in doubt. The connector's timeout bounds it.
            var now = time.GetUtcNow();
            var claimed = await store.TryClaimAsync(item, owner, now, now + options.ClaimDuration, CancellationToken.None);
            if (claimed is null)
            {
                return; // another sender changed it first
            }

            var (ready, early) = await ResolveAsync(claimed);
            AttemptResult result;
            if (early is null)
            {
                for (var wait = gate.ReserveRequest(ready.Target.TenantId); wait > TimeSpan.Zero; wait = gate.ReserveRequest(ready.Target.TenantId))
                {
                    await Task.Delay(wait, time, CancellationToken.None);
                }

                result = await sender.SendAsync(ready, CancellationToken.None);
            }
            else
            {
                result = early;
            }

            if (result.Outcome == AttemptOutcome.Throttled)
            {
                gate.Pause(ready.Target.TenantId, ready.RateKey, result.RetryAfter ?? options.BaseDelay);
            }

            var decision = DeliveryPolicy.Decide(result, ready.Attempts, time.GetUtcNow(), options.Retry, Random.Shared.NextDouble());
            await RecordAsync(ready, decision, result);
            status.Count(decision.State, result.Outcome);
            if (decision.State is DeliveryState.Failed)
            {
                Log.DeadLettered(logger, ready.WaveId, decision.Reason ?? "-");
            }
        }
        catch (Exception ex) when (StorageFailures.IsTransient(ex))
        {
            status.StorageFailed(time.GetUtcNow());
            Log.ClaimFailed(logger, ex.GetType().Name); // not claimed, or the claim runs out: it is tried again later
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>An update of a card whose first send was not recorded when the update was enqueued: find its activity id now.</summary>
    private async Task<(DeliveryItem Item, AttemptResult? Early)> ResolveAsync(DeliveryItem claimed)
    {
        if (claimed.Operation != DeliveryOperation.Update || claimed.ActivityId is not null)
        {
            return (claimed, null);
        }

        var original = await store.GetAsync(claimed.WaveId, claimed.Target.Key, CancellationToken.None);
        return original switch
        {
            { State: DeliveryState.Sent, ActivityId: { } id } => (claimed with
            {
                ActivityId = id,
                Target = claimed.Target with { ConversationId = original.ThreadId ?? original.Target.ConversationId },
            }, null),
            { IsFinal: true } or null => (claimed, new AttemptResult(AttemptOutcome.Rejected, ErrorCode: "OriginalNotDelivered")),
            _ => (claimed, new AttemptResult(AttemptOutcome.Transient, ErrorCode: "OriginalNotSentYet")),
        };
    }

    /// <summary>Records the result, waiting out a storage outage for as long as the claim lasts (after that it is resent, in doubt).</summary>
    private async Task RecordAsync(DeliveryItem claimed, DeliveryDecision decision, AttemptResult result)
    {
        var deadline = claimed.LeaseUntil ?? time.GetUtcNow() + options.ClaimDuration;
        for (var delay = TimeSpan.FromMilliseconds(200); ; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(5).Ticks)))
        {
            try
            {
                if (await store.RecordAsync(claimed, decision, result, time.GetUtcNow(), CancellationToken.None) == WriteOutcome.Conflict)
                {
                    Log.ClaimLost(logger, claimed.WaveId);
                }

                return;
            }
            catch (Exception ex) when (StorageFailures.IsTransient(ex) && time.GetUtcNow() + delay < deadline)
            {
                status.StorageFailed(time.GetUtcNow());
                await Task.Delay(delay, time, CancellationToken.None);
            }
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "A delivery of wave {WaveId} was dead-lettered: {Reason}.")]
        public static partial void DeadLettered(ILogger logger, string waveId, string reason);

        [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "A delivery of wave {WaveId} was changed by someone else while it was being sent; its result was not recorded.")]
        public static partial void ClaimLost(ILogger logger, string waveId);

        [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "Could not claim or record a delivery ({Error}); it will be tried again.")]
        public static partial void ClaimFailed(ILogger logger, string error);
    }
}
