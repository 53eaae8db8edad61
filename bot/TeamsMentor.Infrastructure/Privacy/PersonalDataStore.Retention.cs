using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Privacy;
using TeamsMentor.Infrastructure.Delivery;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Privacy;

/// <summary>What retention reads and clears: a network's archive, and the content of cards sent long ago.</summary>
public sealed partial class PersonalDataStore
{
    /// <summary>Set on a wave once its deliveries' content and recipients' names are cleared: it is not read again.</summary>
    public const string PayloadsClearedAt = "PayloadsClearedAt";

    public async Task<IReadOnlyList<PersonalDataRow>> ReadNetworkAsync(string networkId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(networkId);
        var rows = new List<PersonalDataRow>();
        await foreach (var (name, row) in NetworkRowsAsync(networkId, NetworkTables.Where(t => t is not (DeliveryStore.WavesTable or DeliveryStore.DeadLettersTable)), cancellationToken))
        {
            rows.Add(ToRow(name, row));
        }

        return rows;
    }

    public async Task<int> ClearPayloadsAsync(string networkId, DateTimeOffset sentBefore, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(networkId);
        var waves = await tables.GetAsync(DeliveryStore.WavesTable, cancellationToken);
        var deliveries = await tables.GetAsync(DeliveryStore.DeliveriesTable, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var cleared = 0;
        await foreach (var wave in waves.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and CreatedAt lt {sentBefore}"),
            select: ["PartitionKey", "RowKey", PayloadsClearedAt], cancellationToken: cancellationToken))
        {
            if (wave.GetDateTimeOffset(PayloadsClearedAt) is not null)
            {
                continue;
            }

            var waiting = false;
            await foreach (var row in deliveries.QueryAsync<TableEntity>(r => r.PartitionKey == wave.RowKey, cancellationToken: cancellationToken))
            {
                if (row.GetBoolean("Pending") == true || (row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MaxValue) >= sentBefore)
                {
                    waiting = true; // still on its way (or just changed): its content is needed
                    continue;
                }

                if (Enumerable.Range(0, PayloadChunks.Count).Any(i => !string.IsNullOrEmpty(row.GetString("Payload" + i))) || !string.IsNullOrEmpty(row.GetString("Recipient")))
                {
                    var patch = new TableEntity(row.PartitionKey, row.RowKey) { ["Recipient"] = "" };
                    for (var i = 0; i < PayloadChunks.Count; i++)
                    {
                        patch["Payload" + i] = "";
                    }

                    try
                    {
                        await deliveries.UpdateEntityAsync(patch, row.ETag, TableUpdateMode.Merge, cancellationToken);
                        cleared++;
                    }
                    catch (RequestFailedException ex) when (ex.Status is 404 or 412)
                    {
                        waiting = true; // a sender changed it meanwhile: the next sweep looks again
                    }
                }
            }

            if (!waiting)
            {
                await waves.UpdateEntityAsync(new TableEntity(wave.PartitionKey, wave.RowKey) { [PayloadsClearedAt] = now }, ETag.All, TableUpdateMode.Merge,
                    cancellationToken);
            }
        }

        return cleared;
    }
}
