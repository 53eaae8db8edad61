using Azure.Data.Tables;
using TeamsMentor.Domain.Privacy;
using TeamsMentor.Infrastructure.Attendance;
using TeamsMentor.Infrastructure.Delivery;
using TeamsMentor.Infrastructure.Evaluations;
using TeamsMentor.Infrastructure.FollowUps;
using TeamsMentor.Infrastructure.Installations;
using TeamsMentor.Infrastructure.Localization;
using TeamsMentor.Infrastructure.Networks;
using TeamsMentor.Infrastructure.OpenScreen;
using TeamsMentor.Infrastructure.Reports;
using TeamsMentor.Infrastructure.Storage;
using TeamsMentor.Infrastructure.Tasks;

namespace TeamsMentor.Infrastructure.Privacy;

/// <summary>
/// A person's rows in every table, by the tables' own partitioning: a network's partition in each table keyed by
/// network, its teams' progress partitions, the deliveries of its waves; and the shared tables (the person's index
/// partition, installations, language choices, channel links), which are small. Which rows name the person is decided
/// by <see cref="RowRedaction"/>, the same test the erasure uses.
/// </summary>
public sealed partial class PersonalDataStore(TableProvider tables) : IPersonalDataStore
{
    /// <summary>The tables whose PartitionKey is the network id.</summary>
    public static readonly IReadOnlyList<string> NetworkTables =
    [
        NetworkRepository.TableName, StatusReportRepository.TableName, ReportSnapshotRepository.TableName, GatheringAttendanceRepository.TableName,
        FollowUpRepository.TableName, OpenScreenRepository.TableName, EvaluationRepository.TableName, DeliveryStore.WavesTable, DeliveryStore.DeadLettersTable,
    ];

    /// <summary>The tables shared by every network.</summary>
    public static readonly IReadOnlyList<string> SharedTables =
    [
        NetworkRepository.MemberIndexTable, ConversationInstallationRepository.TableName, LanguagePreferenceRepository.TableName, NetworkRepository.ChannelLinksTable,
    ];

    public async Task<DataSubject> CompleteAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.AadObjectIds.Count == 0)
        {
            return subject;
        }

        var table = await tables.GetAsync(ConversationInstallationRepository.TableName, cancellationToken);
        var ids = new List<string>();
        var people = subject.AadObjectIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var query = people.Count == 1
            ? table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"UserAadObjectId eq {people.First()}"), cancellationToken: cancellationToken)
            : table.QueryAsync<TableEntity>(filter: "UserAadObjectId ne ''", cancellationToken: cancellationToken);
        await foreach (var row in query)
        {
            if (row.GetString("UserAadObjectId") is { } aad && people.Contains(aad))
            {
                ids.Add(row.GetString("ConversationId") ?? "");
                ids.Add(row.GetString("UserId") ?? "");
            }
        }

        return subject.WithTeamsIds(ids);
    }

    public async Task<IReadOnlyList<PersonalDataRow>> FindAsync(DataSubject subject, IReadOnlyCollection<string> networkIds, bool includeShared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(networkIds);
        var found = new List<PersonalDataRow>();
        await foreach (var (table, row, network) in RowsAsync(subject, networkIds, includeShared, cancellationToken))
        {
            if (RowRedaction.Names(row, subject, network))
            {
                found.Add(ToRow(table, row));
            }
        }

        return found;
    }

    /// <summary>Every row that may name the person, with the network it belongs to (null: shared).</summary>
    private async IAsyncEnumerable<(string Table, TableEntity Row, string? Network)> RowsAsync(DataSubject subject, IReadOnlyCollection<string> networkIds, bool includeShared,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var network in networkIds.Distinct(StringComparer.Ordinal))
        {
            var partition = TableKeys.Encode(network);
            await foreach (var (name, row) in NetworkRowsAsync(network, NetworkTables, cancellationToken))
            {
                yield return (name, row, network);
            }

            var waves = await tables.GetAsync(DeliveryStore.WavesTable, cancellationToken);
            var deliveries = await tables.GetAsync(DeliveryStore.DeliveriesTable, cancellationToken);
            await foreach (var wave in waves.QueryAsync<TableEntity>(r => r.PartitionKey == partition, select: ["RowKey"], cancellationToken: cancellationToken))
            {
                var waveKey = wave.RowKey;
                await foreach (var row in deliveries.QueryAsync<TableEntity>(r => r.PartitionKey == waveKey, cancellationToken: cancellationToken))
                {
                    yield return (DeliveryStore.DeliveriesTable, row, network);
                }
            }
        }

        if (!includeShared)
        {
            yield break;
        }

        foreach (var name in SharedTables)
        {
            var table = await tables.GetAsync(name, cancellationToken);
            if (name == NetworkRepository.MemberIndexTable)
            {
                // The person's own partitions: one per Entra id.
                foreach (var aad in subject.AadObjectIds)
                {
                    var partition = TableKeys.Encode(aad.ToLowerInvariant());
                    await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == partition, cancellationToken: cancellationToken))
                    {
                        yield return (name, row, null);
                    }
                }

                continue;
            }

            await foreach (var row in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
            {
                yield return (name, row, null);
            }
        }
    }

    /// <summary>A network's own rows: its partition in each of <paramref name="names"/>, and its teams' progress partitions.</summary>
    private async IAsyncEnumerable<(string Table, TableEntity Row)> NetworkRowsAsync(string networkId, IEnumerable<string> names,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var partition = TableKeys.Encode(networkId);
        foreach (var name in names)
        {
            var table = await tables.GetAsync(name, cancellationToken);
            await foreach (var row in table.QueryAsync<TableEntity>(r => r.PartitionKey == partition, cancellationToken: cancellationToken))
            {
                yield return (name, row);
            }
        }

        // A team's progress is its own partition, "{network}|{team}" ('}' sorts right after '|').
        var progress = await tables.GetAsync(TeamProgressRepository.TableName, cancellationToken);
        var (from, to) = (TableKeys.Encode(networkId + "|"), TableKeys.Encode(networkId + "}"));
        await foreach (var row in progress.QueryAsync<TableEntity>(r => r.PartitionKey.CompareTo(from) >= 0 && r.PartitionKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            yield return (TeamProgressRepository.TableName, row);
        }
    }

    /// <summary>A row as stored, without storage's own properties; a delivery's content chunks read as one <c>Payload</c>.</summary>
    private static PersonalDataRow ToRow(string table, TableEntity row)
    {
        var properties = row.Where(p => !RowRedaction.IsStorageProperty(p.Key)).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);
        if (table == DeliveryStore.DeliveriesTable && properties.ContainsKey("Payload0"))
        {
            properties["Payload"] = PayloadChunks.Join([.. Enumerable.Range(0, PayloadChunks.Count).Select(i => properties.GetValueOrDefault("Payload" + i) as string)]);
            for (var i = 0; i < PayloadChunks.Count; i++)
            {
                properties.Remove("Payload" + i);
            }
        }

        return new PersonalDataRow(table, TableKeys.Decode(row.PartitionKey), TableKeys.Decode(row.RowKey),
            properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }
}
