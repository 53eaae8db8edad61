using System.Collections.Concurrent;
using TeamsMentor.Bot.Telemetry;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// Sends one poll's deliveries: each waits for a send slot and the rate gate, is claimed (the attempt is recorded before
/// the request goes out), sent once, its answer journaled locally the moment it is read, and its result recorded in the
/// outbox at once. Only a crash between Teams accepting a post and its answer being read can cause a duplicate. A delivery whose conversation is busy for longer than a moment is left for a later poll instead of
/// holding up the rest.
/// </summary>
public sealed class DeliveryBatch(
    IDeliveryStore store,
    DeliverySender sender,
    RateGate gate,
    SemaphoreSlim slots,
    InFlightLimit inFlight,
    ConcurrentDictionary<string, bool> working,
    SenderLease lease,
    IAnswerJournal journal,
    DeliveryStatus status,
    DeliveryOptions options,
    string owner,
    TimeProvider time,
    ILogger logger)
{
    private static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Starts every delivery of the poll (within the limits) and returns the sends still in flight; the next poll can run
    /// meanwhile (this process skips what it is already sending). None started: everything due is already on its way
    /// or held by its conversation's limits.
    /// </summary>
    public async Task<IReadOnlyList<Task>> RunAsync(IReadOnlyList<DeliveryItem> due, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(due);
        var queue = due.Where(d => !working.ContainsKey(WorkKey(d))).ToList(); // not those this process is already at
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
                    working[WorkKey(item)] = true;
                    running.Add(SendOneAsync(item, decision.Slot!, stoppingToken));
                    started = true;
                    break;
                }

                if (!decision.ConversationBound)
                {
                    wait = decision.Wait; // the tenant is paused (429): everyone waits
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

    private async Task SendOneAsync(DeliveryItem item, RateSlot conversationSlot, CancellationToken stoppingToken)
    {
        RateSlot? tenantSlot = null;
        var requested = false;
        var entered = false;
        try
        {
            // The tenant's slot and a place among the requests out first, so that a delivery is claimed only when its
            // request can leave at once: a crash then leaves few claims in doubt. The slot counts from now, so the
            // claim's write cannot push a window over.
            tenantSlot = await ReserveAsync(item.Target.TenantId, stoppingToken);
            await inFlight.EnterAsync(stoppingToken);
            entered = true;

            // Once claimed, a send is finished and recorded even while the host stops: cancelling it midway would only
            // turn a clean result into one in doubt. The connector's timeout bounds it.
            var now = time.GetUtcNow();
            var claimed = await store.TryClaimAsync(item, owner, now, now + options.ClaimDuration, CancellationToken.None);
            if (claimed is null)
            {
                return; // another sender changed it first
            }

            var (ready, early) = await ResolveAsync(claimed);
            using var span = AppTelemetry.StartSend(ready.Operation.ToString(), ready.Attempts + 1);
            AttemptResult result;
            if (early is null)
            {
                requested = true;
                result = await sender.SendAsync(ready, CancellationToken.None);
                Journal(ready, result);
                gate.Answered(tenantSlot);
                gate.Answered(conversationSlot);
                inFlight.Exit();
                entered = false;
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
            AppTelemetry.SendEnded(span, result.Outcome.ToString(), decision.State.ToString());
            status.Count(decision.State, result.Outcome);
            if (decision.State is DeliveryState.Failed)
            {
                DeliveryLog.DeadLettered(logger, ready.WaveId, decision.Reason ?? "-");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested && !entered)
        {
            // the host stops: nothing was claimed
        }
        catch (StorageUnavailableException ex)
        {
            status.StorageFailed(time.GetUtcNow());
            DeliveryLog.ClaimFailed(logger, ex.Message); // not claimed, or the claim runs out: it is tried again later
        }
        finally
        {
            working.TryRemove(WorkKey(item), out _);
            if (entered)
            {
                inFlight.Exit();
            }

            if (requested)
            {
                gate.Answered(tenantSlot);
                gate.Answered(conversationSlot);
            }
            else
            {
                gate.Abandon(tenantSlot); // no request left for this delivery
                gate.Abandon(conversationSlot);
            }

            slots.Release();
        }
    }

    /// <summary>A delivery's identity within this process: the poll after this one must not start it a second time.</summary>
    public static string WorkKey(DeliveryItem item) => $"{item.WaveId}\n{item.Target.Key}\n{item.Operation}";

    private async Task<RateSlot> ReserveAsync(string tenant, CancellationToken stoppingToken)
    {
        var reserved = gate.ReserveRequest(tenant);
        while (!reserved.Acquired)
        {
            await Task.Delay(reserved.Wait, time, stoppingToken);
            reserved = gate.ReserveRequest(tenant);
        }

        return reserved.Slot!;
    }

    /// <summary>
    /// A post Teams accepted goes to the local journal first: from here on a killed process does not post it again. An
    /// update is not journaled (repeating a PUT is harmless). A disk that refuses costs only that protection.
    /// </summary>
    private void Journal(DeliveryItem sent, AttemptResult result)
    {
        if (result.Outcome != AttemptOutcome.Sent || sent.Operation.IsFollowUp())
        {
            return;
        }

        if (!journal.Append(new JournaledAnswer(sent.WaveId, sent.Target.Key, owner, sent.Attempts, result)) && journal.Failures == 1)
        {
            DeliveryLog.JournalFailed(logger); // once per run: the disk is likely to refuse the rest too
        }
    }

    /// <summary>An update of a card whose first send was not recorded when the update was enqueued: find its activity id now.</summary>
    private async Task<(DeliveryItem Item, AttemptResult? Early)> ResolveAsync(DeliveryItem claimed)
    {
        if (!claimed.Operation.IsFollowUp() || claimed.ActivityId is not null)
        {
            return (claimed, null);
        }

        // Where to send it comes from the card's own delivery (an update enqueued without reading it carries none).
        var original = await store.GetAsync(claimed.WaveId, claimed.Target.Key, CancellationToken.None);
        return original switch
        {
            { State: DeliveryState.Sent, ActivityId: { } id } => (claimed with
            {
                ActivityId = id,
                Target = original.Target with { Key = claimed.Target.Key, ConversationId = original.ThreadId ?? original.Target.ConversationId },
            }, null),
            // No card to update (never posted, given up, or its recipient gone): nothing to do, and no dead letter.
            { IsFinal: true } or null => (claimed, new AttemptResult(AttemptOutcome.Unreachable, ErrorCode: "OriginalNotDelivered")),
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
                    DeliveryLog.ClaimLost(logger, claimed.WaveId);
                }

                return;
            }
            catch (StorageUnavailableException) when (time.GetUtcNow() + delay < deadline)
            {
                status.StorageFailed(time.GetUtcNow());
                await Task.Delay(delay, time, CancellationToken.None);
            }
        }
    }
}
