using Azure.Data.Tables;
using TeamsMentor.Domain.Attendance;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Attendance;

/// <summary>Attendance at gatherings in Azure Tables: one partition per network, one row per gathering (replaced whole).</summary>
public sealed class GatheringAttendanceRepository(TableProvider tables) : IGatheringAttendanceRepository
{
    public const string TableName = "GatheringAttendance";

    public async Task SaveAsync(string networkId, GatheringAttendance attendance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new GatheringAttendanceEntity
        {
            PartitionKey = TableKeys.Encode(networkId),
            RowKey = $"{attendance.Gathering:000}",
            Gathering = attendance.Gathering,
            MemberIdsJson = StoredJson.Write(attendance.MemberIds),
            RecordedAt = attendance.RecordedAt.ToUniversalTime(),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<int, GatheringAttendance>> ListAsync(string networkId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var all = new Dictionary<int, GatheringAttendance>();
        await foreach (var e in table.QueryAsync<GatheringAttendanceEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            all[e.Gathering] = new GatheringAttendance(e.Gathering, StoredJson.Read<List<string>>(e.MemberIdsJson, []), e.RecordedAt);
        }

        return all;
    }
}
