using System.Globalization;
using Azure.Data.Tables;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Infrastructure.Privacy;

/// <summary>The record of erasures (<see cref="PrivacyEventEntity"/>).</summary>
public sealed partial class PersonalDataStore
{
    public const string EventsTable = "PrivacyEvents";

    public async Task RecordErasureAsync(ErasureEvent erasure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        var table = await tables.GetAsync(EventsTable, cancellationToken);
        await table.UpsertEntityAsync(new PrivacyEventEntity
        {
            RowKey = (DateTimeOffset.MaxValue.UtcTicks - erasure.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + erasure.Id,
            EventId = erasure.Id,
            At = erasure.At,
            RequestedBy = erasure.RequestedBy,
            NetworkId = erasure.NetworkId,
            Shared = erasure.Shared,
            Deleted = erasure.Deleted,
            Changed = erasure.Changed,
            Reason = erasure.Reason,
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<ErasureEvent>> ListErasuresAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(EventsTable, cancellationToken);
        var list = new List<ErasureEvent>();
        await foreach (var e in table.QueryAsync<PrivacyEventEntity>(e => e.PartitionKey == PrivacyEventEntity.ErasurePartition, cancellationToken: cancellationToken))
        {
            list.Add(new ErasureEvent(e.EventId, e.At, e.RequestedBy, e.NetworkId, e.Shared, e.Deleted, e.Changed, e.Reason));
        }

        return list;
    }
}
