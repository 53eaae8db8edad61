using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Delivery;

/// <summary>
/// The outbox in Azure Tables (README, "Delivery"): waves and deliveries are insert-only by idempotency key, claims and
/// results are ETag-guarded merges. The ledger queries and the lease are in <c>DeliveryStore.Ledger.cs</c>.
/// </summary>
public sealed partial class DeliveryStore(TableProvider tables, IOutboxSignal? signal = null) : IDeliveryStore
{
    public const string DeliveriesTable = "Deliveries";
    public const string WavesTable = "DeliveryWaves";
    public const string LeasesTable = "DeliveryLeases";
    public const string DeadLettersTable = "DeliveryDeadLetters";

    public async Task<EnqueueOutcome> EnqueueAsync(WaveRequest wave, IReadOnlyList<DeliveryRequest> deliveries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wave);
        ArgumentNullException.ThrowIfNull(deliveries);
        var rows = deliveries.Select(d => DeliveryEntity.Create(wave, d)).ToList();
        if (rows.Select(r => r.RowKey).Distinct(StringComparer.Ordinal).Count() != rows.Count)
        {
            throw new ArgumentException("A wave cannot have two deliveries to the same target.", nameof(deliveries));
        }

        var waves = await tables.GetAsync(WavesTable, cancellationToken);
        var header = new DeliveryWaveEntity
        {
            PartitionKey = TableKeys.Encode(wave.NetworkId),
            RowKey = TableKeys.Encode(wave.WaveId),
            Kind = wave.Kind,
            Gathering = wave.Gathering,
            Description = wave.Description,
            CreatedAt = wave.CreatedAt,
            Targets = rows.Count,
        };
        var existed = false;
        try
        {
            await waves.AddEntityAsync(header, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            existed = true;
            var stored = await waves.GetEntityAsync<DeliveryWaveEntity>(header.PartitionKey, header.RowKey, cancellationToken: cancellationToken);
            if (stored.Value.Complete)
            {
                return new EnqueueOutcome(0, AlreadyExisted: true);
            }
        }

        // Insert-only: a row that exists may already be claimed or sent, so it is never replaced. An interrupted fill
        // (a crash, or a second instance) is finished by whoever comes next; the wave opens only when it is complete.
        var added = await AddMissingAsync(await tables.GetAsync(DeliveriesTable, cancellationToken), rows, cancellationToken);
        await waves.UpdateEntityAsync(
            new TableEntity(header.PartitionKey, header.RowKey) { ["Complete"] = true, ["Open"] = true },
            ETag.All, TableUpdateMode.Merge, cancellationToken);
        if (added > 0)
        {
            signal?.Enqueued();
        }

        return new EnqueueOutcome(added, existed);
    }

    public async Task<IReadOnlyList<DeliveryItem>> FetchDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var deliveries = await tables.GetAsync(DeliveriesTable, cancellationToken);
        var due = new List<DeliveryItem>();
        foreach (var wave in await OpenWavesAsync(cancellationToken))
        {
            if (due.Count >= max)
            {
                break;
            }

            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {wave.RowKey} and Pending eq {true} and NextAttemptAt le {now}");
            var before = due.Count;
            await foreach (var page in deliveries.QueryAsync<DeliveryEntity>(filter, maxPerPage: max - due.Count, cancellationToken: cancellationToken).AsPages())
            {
                due.AddRange(page.Values.Select(e => e.ToDomain()));
                break; // one page per wave per poll is plenty; the next poll continues
            }

            if (due.Count == before)
            {
                await CloseIfDoneAsync(deliveries, wave, cancellationToken);
            }
        }

        return due;
    }

    public async Task<DeliveryItem?> TryClaimAsync(DeliveryItem item, string owner, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var inDoubt = item.State == DeliveryState.Sending; // its sender died (or lost its claim) between claim and result
        var patch = Patch(item);
        patch["State"] = nameof(DeliveryState.Sending);
        patch["Pending"] = true;
        patch["Attempts"] = item.Attempts + 1;
        patch["LeaseOwner"] = owner;
        patch["LeaseUntil"] = claimUntil;
        patch["NextAttemptAt"] = claimUntil;
        patch["UpdatedAt"] = now;
        patch["InDoubtResends"] = item.InDoubtResends + (inDoubt ? 1 : 0);
        var table = await tables.GetAsync(DeliveriesTable, cancellationToken);
        try
        {
            var response = await table.UpdateEntityAsync(patch, new ETag(item.Version), TableUpdateMode.Merge, cancellationToken);
            return item with
            {
                State = DeliveryState.Sending,
                Attempts = item.Attempts + 1,
                LeaseOwner = owner,
                LeaseUntil = claimUntil,
                NextAttemptAt = claimUntil,
                InDoubtResends = item.InDoubtResends + (inDoubt ? 1 : 0),
                Version = response.Headers.ETag?.ToString() ?? "",
            };
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return null;
        }
    }

    public async Task<WriteOutcome> RecordAsync(DeliveryItem claimed, DeliveryDecision decision, AttemptResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(result);
        var patch = Patch(claimed);
        patch["State"] = decision.State.ToString();
        patch["Pending"] = decision.State == DeliveryState.Retrying;
        patch["NextAttemptAt"] = decision.NextAttemptAt;
        patch["LeaseOwner"] = "";
        patch["Reason"] = decision.Reason ?? "";
        patch["LastStatus"] = result.StatusCode;
        patch["UpdatedAt"] = now;
        if (result.Outcome == AttemptOutcome.InDoubt)
        {
            patch["InDoubtResends"] = claimed.InDoubtResends + 1;
        }

        if (decision.State == DeliveryState.Sent)
        {
            patch["SentAt"] = now;
            if (!claimed.Operation.IsFollowUp())
            {
                patch["ActivityId"] = result.ActivityId ?? "";
                patch["ThreadId"] = result.ThreadId ?? "";
            }
        }

        if (decision.State != DeliveryState.Retrying)
        {
            for (var i = 0; i < PayloadChunks.Count; i++)
            {
                patch["Payload" + i] = ""; // delivered or given up: the content is no longer needed
            }
        }

        // A delivery given up is counted as a dead letter before it is recorded, so that a failure in between never
        // hides it from readiness; if the record then loses to another sender's, the dead letter goes again.
        if (decision.State == DeliveryState.Failed)
        {
            await AddDeadLetterAsync(claimed, decision, now, cancellationToken);
        }

        var table = await tables.GetAsync(DeliveriesTable, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(patch, new ETag(claimed.Version), TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            if (decision.State == DeliveryState.Failed)
            {
                await RemoveDeadLetterAsync(claimed, cancellationToken);
            }

            return WriteOutcome.Conflict;
        }

        return WriteOutcome.Saved;
    }

    public async Task<DeliveryItem?> GetAsync(string waveId, string targetKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(DeliveriesTable, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<DeliveryEntity>(TableKeys.Encode(waveId), TableKeys.Encode(targetKey), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToDomain() : null;
    }

    private static TableEntity Patch(DeliveryItem item) =>
        new(TableKeys.Encode(item.WaveId), DeliveryEntity.RowKeyFor(item.Target.Key, item.Operation));

    private static async Task<int> AddMissingAsync(TableClient table, IReadOnlyList<DeliveryEntity> rows, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var chunk in rows.Chunk(TableBatches.MaxActions))
        {
            try
            {
                await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), cancellationToken);
                added += chunk.Length;
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 409)
            {
                foreach (var row in chunk)
                {
                    try
                    {
                        await table.AddEntityAsync(row, cancellationToken);
                        added++;
                    }
                    catch (RequestFailedException e) when (e.Status == 409)
                    {
                        // already there from an earlier fill: keep it as it is
                    }
                }
            }
        }

        return added;
    }
}
