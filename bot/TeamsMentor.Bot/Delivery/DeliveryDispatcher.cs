using Microsoft.Extensions.Options;
using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// The sender worker: holds the sender lease, polls the outbox for due deliveries and hands each poll's batch to a
/// <see cref="DeliveryBatch"/>. Storage outages are waited out (nothing is lost: the outbox is the truth); another
/// instance stands by and takes over when this one's lease runs out.
/// </summary>
public sealed partial class DeliveryDispatcher(
    IDeliveryStore store,
    IServiceProvider services,
    DeliveryStatus status,
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
        var owner = $"{instance}|{Guid.NewGuid():N}";
        var lease = new SenderLease(store, time, o.LeaseDuration, instance);
        var gate = new RateGate(time, o.TenantRequestsPerSecond, o.TenantPacing, o.ConversationWindowStretch);
        var batchSize = (int)Math.Clamp(o.TenantRequestsPerSecond * 4, 50, 1000);
        var deadLettersCountedAt = DateTimeOffset.MinValue;
        using var slots = new SemaphoreSlim(o.MaxConcurrentSends);
        var inFlight = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await lease.RenewIfDueAsync(stoppingToken))
                {
                    var released = await store.ReleaseStaleClaimsAsync(instance, owner, time.GetUtcNow(), stoppingToken);
                    Log.BecameSender(logger, instance, released);
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
                    await Task.Delay(o.PollInterval, time, stoppingToken);
                    continue;
                }

                var sender = services.GetRequiredService<DeliverySender>(); // a fresh typed HttpClient per poll
                var batch = new DeliveryBatch(store, sender, gate, slots, lease, status, o, owner, time, logger);
                inFlight.RemoveAll(t => t.IsCompleted);
                var started = await batch.RunAsync(due, stoppingToken);
                inFlight.AddRange(started);
                if (started.Count == 0)
                {
                    await Task.Delay(o.PollInterval, time, stoppingToken); // all due deliveries wait for busy conversations
                }
            }
            catch (Exception ex) when (StorageFailures.IsTransient(ex) && !stoppingToken.IsCancellationRequested)
            {
                status.StorageFailed(time.GetUtcNow());
                Log.StorageUnavailable(logger, ex.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The worker loop is a boundary: a bug must not stop the host or the outbox. It is logged and retried.
                Log.LoopFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
            }
        }

        await Task.WhenAll(inFlight); // claimed sends finish and are recorded before the host stops
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Instance {Instance} is now the sender; {Released} deliveries of its previous run put back in line.")]
        public static partial void BecameSender(ILogger logger, string instance, int released);

        [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "The sender loop failed; retrying in 5 s.")]
        public static partial void LoopFailed(ILogger logger, Exception exception);

        [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Outbox storage unavailable ({Error}); retrying.")]
        public static partial void StorageUnavailable(ILogger logger, string error);
    }
}
