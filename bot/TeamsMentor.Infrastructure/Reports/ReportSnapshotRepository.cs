using System.Globalization;
using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Infrastructure.Delivery;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Reports;

/// <summary>
/// Report snapshots in Azure Tables: PartitionKey the network, RowKey <c>{gathering:000}</c> (when it was frozen and how
/// many reports) and <c>{gathering:000}|{team}</c> (one report as JSON, in parts). A snapshot is added in one entity-group
/// transaction, so it is there whole or not at all, and never replaced.
/// </summary>
public sealed class ReportSnapshotRepository(TableProvider tables) : IReportSnapshotRepository
{
    public const string TableName = "ReportSnapshots";

    public async Task<IReadOnlyDictionary<int, DateTimeOffset>> ListAsync(string networkId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var list = new Dictionary<int, DateTimeOffset>();
        await foreach (var e in table.QueryAsync<ReportSnapshotEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (e.RowKey.Length == 3 && e.FrozenAt is { } at)
            {
                list[e.Gathering] = at;
            }
        }

        return list;
    }

    public async Task<ReportSnapshot?> GetAsync(string networkId, int gathering, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var (from, to) = (Row(gathering), Row(gathering) + "}");
        ReportSnapshotEntity? marker = null;
        var reports = new List<FrozenReport>();
        await foreach (var e in table.QueryAsync<ReportSnapshotEntity>(e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0,
            cancellationToken: cancellationToken))
        {
            if (e.RowKey == from)
            {
                marker = e;
            }
            else if (StoredJson.Read<FrozenReport?>(PayloadChunks.Join(e.Report0, e.Report1, e.Report2, e.Report3), null) is { } report)
            {
                reports.Add(report);
            }
        }

        return marker?.FrozenAt is { } at ? new ReportSnapshot(gathering, at, [.. reports.OrderBy(r => r.Report.TeamId, StringComparer.Ordinal)]) : null;
    }

    public async Task<bool> AddAsync(string networkId, ReportSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new ReportSnapshotEntity
            {
                PartitionKey = partition, RowKey = Row(snapshot.Gathering), Gathering = snapshot.Gathering, FrozenAt = snapshot.FrozenAt.ToUniversalTime(),
                Count = snapshot.Reports.Count,
            }),
        };
        actions.AddRange(snapshot.Reports.Select(r =>
        {
            var chunks = PayloadChunks.Split(StoredJson.Write(r)); // a report's texts can pass one property's 32K characters
            return new TableTransactionAction(TableTransactionActionType.Add, new ReportSnapshotEntity
            {
                PartitionKey = partition, RowKey = Row(snapshot.Gathering) + "|" + TableKeys.Encode(r.Report.TeamId), Gathering = snapshot.Gathering,
                Report0 = chunks[0], Report1 = chunks[1], Report2 = chunks[2], Report3 = chunks[3],
            });
        }));
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken); // at most 100 rows: a network has far fewer teams (a plan allows 99)
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 409)
        {
            return false; // frozen already (by another instance, or a pass before): the first stands
        }
    }

    private static string Row(int gathering) => gathering.ToString("000", CultureInfo.InvariantCulture);
}

/// <summary>Table <c>ReportSnapshots</c>: a snapshot's marker row or one of its reports.</summary>
public sealed class ReportSnapshotEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = 1;
    public int Gathering { get; set; }
    public DateTimeOffset? FrozenAt { get; set; }
    public int Count { get; set; }
    /// <summary>The report's JSON in up to four parts (<see cref="PayloadChunks"/>).</summary>
    public string? Report0 { get; set; }
    public string? Report1 { get; set; }
    public string? Report2 { get; set; }
    public string? Report3 { get; set; }
}
