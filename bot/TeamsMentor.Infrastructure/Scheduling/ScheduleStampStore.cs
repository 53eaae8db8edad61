using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Scheduling;

/// <summary>
/// <see cref="IScheduleStamps"/> in Azure Tables: one partition, a row per network whose <c>Stamp</c> is a new random
/// value on every touch (compared by value, not by ETag: two touches in the same millisecond would share Azurite's
/// timestamp ETag). Reading every network's stamp is one query (a page holds 1,000 networks).
/// </summary>
public sealed class ScheduleStampStore(TableProvider tables) : IScheduleStamps
{
    public const string TableName = "ScheduleStamps";
    private const string Partition = "network";

    public async Task TouchAsync(string networkId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(networkId);
        try
        {
            var table = await tables.GetAsync(TableName, CancellationToken.None);
            await table.UpsertEntityAsync(new TableEntity(Partition, TableKeys.Encode(networkId)) { ["Stamp"] = Guid.NewGuid().ToString("N") },
                TableUpdateMode.Replace, CancellationToken.None);
        }
        catch (Exception ex) when (ex is StorageUnavailableException or RequestFailedException)
        {
            // Best effort by design (see the interface): the scheduler's full read finds the change.
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var stamps = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, select: ["RowKey", "Stamp"], cancellationToken: cancellationToken))
        {
            stamps[TableKeys.Decode(row.RowKey)] = row.GetString("Stamp") ?? string.Empty;
        }

        return stamps;
    }
}
