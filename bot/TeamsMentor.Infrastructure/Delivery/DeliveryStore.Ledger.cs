using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Delivery;

/// <summary>The organizers' ledger (waves, per-recipient rows), the scheduler's memory, and the senders' lease.</summary>
public sealed partial class DeliveryStore
{
    private static readonly string[] LedgerColumns =
    [
        "PartitionKey", "RowKey", "NetworkId", "TargetKey", "Operation", "State", "Pending", "TenantId", "ServiceUrl", "ConversationId",
        "Recipient", "Attempts", "NextAttemptAt", "ActivityId", "ThreadId", "Reason", "LastStatus", "EnqueuedAt", "SentAt", "UpdatedAt", "InDoubtResends",
    ];

    public async Task<IReadOnlyList<WaveSummary>> ListWavesAsync(string networkId, CancellationToken cancellationToken)
    {
        var waves = await tables.GetAsync(WavesTable, cancellationToken);
        var headers = new List<DeliveryWaveEntity>();
        await foreach (var wave in waves.QueryAsync<DeliveryWaveEntity>(w => w.PartitionKey == TableKeys.Encode(networkId), cancellationToken: cancellationToken))
        {
            headers.Add(wave);
        }

        var deliveries = await tables.GetAsync(DeliveriesTable, cancellationToken);
        using var gate = new SemaphoreSlim(8);
        var summaries = await Task.WhenAll(headers.Select(async header =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var counts = new Dictionary<DeliveryState, int>();
                var filter = TableClient.CreateQueryFilter($"PartitionKey eq {header.RowKey}");
                await foreach (var row in deliveries.QueryAsync<DeliveryEntity>(filter, select: ["RowKey", "State"], cancellationToken: cancellationToken))
                {
                    if (!row.RowKey.EndsWith(DeliveryEntity.UpdateSuffix, StringComparison.Ordinal) && !row.RowKey.EndsWith(DeliveryEntity.DeleteSuffix, StringComparison.Ordinal) && Enum.TryParse<DeliveryState>(row.State, out var state))
                    {
                        counts[state] = counts.GetValueOrDefault(state) + 1;
                    }
                }

                return new WaveSummary(TableKeys.Decode(header.RowKey), networkId, header.Kind, header.Gathering, header.Description,
                    header.CreatedAt, header.Targets, counts);
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. summaries.OrderByDescending(s => s.CreatedAt)];
    }

    public async Task<IReadOnlyList<DeliveryItem>?> GetWaveAsync(string networkId, string waveId, CancellationToken cancellationToken)
    {
        var waves = await tables.GetAsync(WavesTable, cancellationToken);
        var header = await waves.GetEntityIfExistsAsync<DeliveryWaveEntity>(TableKeys.Encode(networkId), TableKeys.Encode(waveId), cancellationToken: cancellationToken);
        if (!header.HasValue)
        {
            return null;
        }

        var deliveries = await tables.GetAsync(DeliveriesTable, cancellationToken);
        var rows = new List<DeliveryItem>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKeys.Encode(waveId)}");
        await foreach (var row in deliveries.QueryAsync<DeliveryEntity>(filter, select: LedgerColumns, cancellationToken: cancellationToken))
        {
            rows.Add(row.ToDomain());
        }

        return rows;
    }

    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> GetWaveTimesAsync(string networkId, CancellationToken cancellationToken)
    {
        var waves = await tables.GetAsync(WavesTable, cancellationToken);
        var times = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var partition = TableKeys.Encode(networkId);
        // Only complete waves count as enqueued: a fill cut short (its header written, not all its rows) is then due
        // again, and the scheduler's next enqueue of the same wave id finishes it.
        await foreach (var wave in waves.QueryAsync<DeliveryWaveEntity>(w => w.PartitionKey == partition, select: ["RowKey", "CreatedAt", "Complete"], cancellationToken: cancellationToken))
        {
            if (wave.Complete)
            {
                times[TableKeys.Decode(wave.RowKey)] = wave.CreatedAt;
            }
        }

        return times;
    }

    public async Task<bool> TryAcquireLeaseAsync(string name, string instance, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(LeasesTable, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<DeliveryLeaseEntity>(DeliveryLeaseEntity.Partition, name, cancellationToken: cancellationToken);
        try
        {
            if (!found.HasValue)
            {
                await table.AddEntityAsync(new DeliveryLeaseEntity { RowKey = name, Owner = instance, Until = now + duration }, cancellationToken);
                return true;
            }

            var lease = found.Value!;
            if (lease.Owner != instance && lease.Until > now)
            {
                return false;
            }

            lease.Owner = instance;
            lease.Until = now + duration;
            await table.UpdateEntityAsync(lease, lease.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false; // another instance got there first
        }
    }
}
