using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Delivery;

/// <summary>Card updates, crash recovery, open/closed waves and dead letters.</summary>
public sealed partial class DeliveryStore
{
    public async Task<WriteOutcome> EnqueueUpdateAsync(string waveId, string targetKey, string activityJson, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outcome = await ReplaceOrUpdateAsync(waveId, targetKey, activityJson, now, cancellationToken);
        if (outcome == WriteOutcome.Saved)
        {
            signal?.Enqueued();
        }

        return outcome;
    }

    private async Task<WriteOutcome> ReplaceOrUpdateAsync(string waveId, string targetKey, string activityJson, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityJson);
        var table = await tables.GetAsync(DeliveriesTable, cancellationToken);
        var partition = TableKeys.Encode(waveId);
        var chunks = PayloadChunks.Split(activityJson);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var found = await table.GetEntityIfExistsAsync<DeliveryEntity>(partition, TableKeys.Encode(targetKey), cancellationToken: cancellationToken);
            if (!found.HasValue)
            {
                return WriteOutcome.NotFound;
            }

            var original = found.Value!;
            var state = original.ToDomain().State;
            if (state is DeliveryState.Failed or DeliveryState.Unreachable)
            {
                return WriteOutcome.NotFound;
            }

            try
            {
                if (state is DeliveryState.Queued or DeliveryState.Retrying)
                {
                    // Not sent yet: the first send carries the new content.
                    var patch = new TableEntity(partition, original.RowKey) { ["UpdatedAt"] = now };
                    for (var i = 0; i < PayloadChunks.Count; i++)
                    {
                        patch["Payload" + i] = chunks[i] ?? "";
                    }

                    await table.UpdateEntityAsync(patch, original.ETag, TableUpdateMode.Merge, cancellationToken);
                    return WriteOutcome.Saved;
                }

                // Sent (or being sent: the sender resolves the activity id once the original is recorded).
                var update = DeliveryEntity.Update(partition, original.NetworkId,
                    new DeliveryTarget(original.TargetKey, original.TenantId, original.ServiceUrl,
                        string.IsNullOrEmpty(original.ThreadId) ? original.ConversationId : original.ThreadId, original.Recipient),
                    original.ActivityId, chunks, now);
                // The wave opens before the row is written (a failure in between leaves an open wave with nothing
                // due, which the sender closes, never a pending row in a closed wave), and again after it (a sender
                // that closed the wave in between, not seeing the row yet, does not leave it stranded).
                var waves = await tables.GetAsync(WavesTable, cancellationToken);
                var open = new TableEntity(TableKeys.Encode(original.NetworkId), partition) { ["Open"] = true };
                await waves.UpdateEntityAsync(open, ETag.All, TableUpdateMode.Merge, cancellationToken);
                await table.UpsertEntityAsync(update, TableUpdateMode.Replace, cancellationToken); // the newest content wins
                await waves.UpdateEntityAsync(open, ETag.All, TableUpdateMode.Merge, cancellationToken);
                return WriteOutcome.Saved;
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // the original changed state between our read and write: read again
            }
        }

        return WriteOutcome.Conflict;
    }

    public Task EnqueueCardUpdateAsync(string networkId, string waveId, DeliveryTarget target, string activityJson, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activityJson);
        return EnqueueFollowUpAsync(DeliveryOperation.Update, networkId, waveId, target, activityJson, now, cancellationToken);
    }

    public Task EnqueueCardDeleteAsync(string networkId, string waveId, DeliveryTarget target, DateTimeOffset now, CancellationToken cancellationToken) =>
        EnqueueFollowUpAsync(DeliveryOperation.Delete, networkId, waveId, target, "", now, cancellationToken);

    private async Task EnqueueFollowUpAsync(DeliveryOperation operation, string networkId, string waveId, DeliveryTarget target, string activityJson, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var chunks = PayloadChunks.Split(activityJson);
        var table = await tables.GetAsync(DeliveriesTable, cancellationToken);
        // The newest content wins (a sender holding the old one loses its claim and the row goes out again); the
        // target and the activity id come from the card's own delivery when this is sent.
        // The channel as the conversation: paced with the card's own thread; the thread comes from the card's delivery.
        await table.UpsertEntityAsync(DeliveryEntity.FollowUp(operation, TableKeys.Encode(waveId), networkId, target, activityId: null, chunks, now),
            TableUpdateMode.Replace, cancellationToken);

        // Then the wave opens: a sender that closed it before the row was there sees it open again.
        var waves = await tables.GetAsync(WavesTable, cancellationToken);
        try
        {
            await waves.UpdateEntityAsync(new TableEntity(TableKeys.Encode(networkId), TableKeys.Encode(waveId)) { ["Open"] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken);
            signal?.Enqueued();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // No such wave: the card was never posted (a report saved before its prompt went out). Nothing to update.
            await table.DeleteEntityAsync(TableKeys.Encode(waveId), DeliveryEntity.RowKeyFor(target.Key, operation), ETag.All, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<DeliveryItem>> FindStaleClaimsAsync(string instance, string currentOwner, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(DeliveriesTable, cancellationToken);
        var stale = new List<DeliveryItem>();
        foreach (var wave in await OpenWavesAsync(cancellationToken))
        {
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {wave.RowKey} and State eq {nameof(DeliveryState.Sending)}");
            await foreach (var row in table.QueryAsync<DeliveryEntity>(filter, cancellationToken: cancellationToken))
            {
                if (row.LeaseOwner is { } owner && owner.StartsWith(instance + "|", StringComparison.Ordinal) && owner != currentOwner)
                {
                    stale.Add(row.ToDomain());
                }
            }
        }

        return stale;
    }

    public async Task<WriteOutcome> ReleaseClaimAsync(DeliveryItem claimed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var table = await tables.GetAsync(DeliveriesTable, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(new TableEntity(Patch(claimed).PartitionKey, Patch(claimed).RowKey) { ["NextAttemptAt"] = now }, new ETag(claimed.Version), TableUpdateMode.Merge, cancellationToken);
            return WriteOutcome.Saved;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return WriteOutcome.Conflict; // recorded meanwhile
        }
    }

    public async Task<int> CountDeadLettersAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(DeadLettersTable, cancellationToken);
        var count = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            count++;
        }

        return count;
    }

    private async Task<List<DeliveryWaveEntity>> OpenWavesAsync(CancellationToken cancellationToken)
    {
        var waves = await tables.GetAsync(WavesTable, cancellationToken);
        var open = new List<DeliveryWaveEntity>();
        await foreach (var wave in waves.QueryAsync<DeliveryWaveEntity>(w => w.Open == true, cancellationToken: cancellationToken))
        {
            open.Add(wave);
        }

        return [.. open.OrderBy(w => w.CreatedAt)];
    }

    /// <summary>Closes a wave with nothing pending. Guarded by the wave's ETag read before the check, so an update enqueued meanwhile keeps it open.</summary>
    private async Task CloseIfDoneAsync(TableClient deliveries, DeliveryWaveEntity wave, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {wave.RowKey} and Pending eq {true}");
        await foreach (var page in deliveries.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancellationToken).AsPages())
        {
            if (page.Values.Count > 0)
            {
                return;
            }

            if (page.ContinuationToken is not null)
            {
                continue; // an empty page with more to come: keep looking
            }

            break;
        }

        var waves = await tables.GetAsync(WavesTable, cancellationToken);
        try
        {
            await waves.UpdateEntityAsync(new TableEntity(wave.PartitionKey, wave.RowKey) { ["Open"] = false }, wave.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // reopened by an update meanwhile: the next poll looks again
        }
    }

    private async Task RemoveDeadLetterAsync(DeliveryItem item, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(DeadLettersTable, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(TableKeys.Encode(item.NetworkId), TableKeys.Encode(item.WaveId) + "|" + DeliveryEntity.RowKeyFor(item.Target.Key, item.Operation), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // not there
        }
    }

    private async Task AddDeadLetterAsync(DeliveryItem item, DeliveryDecision decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(DeadLettersTable, cancellationToken);
        await table.UpsertEntityAsync(new DeadLetterEntity
        {
            PartitionKey = TableKeys.Encode(item.NetworkId),
            RowKey = TableKeys.Encode(item.WaveId) + "|" + DeliveryEntity.RowKeyFor(item.Target.Key, item.Operation),
            WaveId = item.WaveId,
            TargetKey = item.Target.Key,
            Reason = decision.Reason,
            At = now,
        }, TableUpdateMode.Replace, cancellationToken);
    }
}
