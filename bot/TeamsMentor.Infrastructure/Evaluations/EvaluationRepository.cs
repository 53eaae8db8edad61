using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Evaluations;

/// <summary>
/// Evaluations in Azure Tables, one partition per network. Row keys start with the row's kind and the gathering
/// (<c>a|</c> answers, <c>p|</c> pending markers, <c>o|</c> opened), so each kind of one gathering, or of all, is one
/// range query. An answer and the removal of its pending marker are one entity-group transaction.
/// </summary>
public sealed partial class EvaluationRepository(TableProvider tables) : IEvaluationRepository
{
    public const string TableName = "Evaluations";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };

    public async Task<EvaluationAnswer?> GetAnswerAsync(string networkId, int gathering, string answerKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<EvaluationAnswerEntity>(TableKeys.Encode(networkId), AnswerRow(gathering, answerKey), cancellationToken: cancellationToken);
        return row.HasValue ? ToDomain(row.Value!) : null;
    }

    public async Task SaveAnswerAsync(string networkId, string answerKey, string pendingKey, EvaluationAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var entity = new EvaluationAnswerEntity
        {
            PartitionKey = partition,
            RowKey = AnswerRow(answer.Gathering, answerKey),
            Gathering = answer.Gathering,
            Municipality = answer.MunicipalityId,
            ValuesJson = JsonSerializer.Serialize(answer.Values, Json),
        };
        try
        {
            await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity),
                new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, PendingRow(answer.Gathering, pendingKey)), ETag.All),
            ], cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status == 404)
        {
            // No pending marker: an earlier answer removed it (this is a change), or they were not invited when the
            // evaluation opened (joined later). The answer alone, then.
            await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<EvaluationAnswer>> ListAnswersAsync(string networkId, int? gathering, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var (from, to) = Range(EvaluationAnswerEntity.Prefix, gathering);
        var list = new List<EvaluationAnswer>();
        await foreach (var e in table.QueryAsync<EvaluationAnswerEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            list.Add(ToDomain(e));
        }

        return list;
    }

    public async Task<bool> OpenAsync(string networkId, int gathering, IReadOnlyCollection<string> pendingKeys, IReadOnlyDictionary<string, int> invitedByMunicipality,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pendingKeys);
        ArgumentNullException.ThrowIfNull(invitedByMunicipality);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var opened = OpenedRow(gathering);
        if ((await table.GetEntityIfExistsAsync<EvaluationOpenedEntity>(partition, opened, cancellationToken: cancellationToken)).HasValue)
        {
            return false;
        }

        // The markers first, the "opened" row last: a pass cut short is done again in full by the next one.
        await TableBatches.SubmitAsync(table, [.. pendingKeys.Distinct(StringComparer.Ordinal).Select(key =>
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, new EvaluationPendingEntity { PartitionKey = partition, RowKey = PendingRow(gathering, key) }))],
            cancellationToken);
        try
        {
            await table.AddEntityAsync(new EvaluationOpenedEntity
            {
                PartitionKey = partition,
                RowKey = opened,
                Gathering = gathering,
                InvitedJson = JsonSerializer.Serialize(invitedByMunicipality, Json),
            }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false; // another instance opened it at the same moment
        }
    }

    public async Task<IReadOnlySet<string>> PendingAsync(string networkId, int gathering, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var (from, to) = Range(EvaluationPendingEntity.Prefix, gathering);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<EvaluationPendingEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, select: ["RowKey"], cancellationToken: cancellationToken))
        {
            keys.Add(e.RowKey[from.Length..]);
        }

        return keys;
    }

    public async Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, int>>> InvitedAsync(string networkId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var (from, to) = Range(EvaluationOpenedEntity.Prefix, null);
        var invited = new Dictionary<int, IReadOnlyDictionary<string, int>>();
        await foreach (var e in table.QueryAsync<EvaluationOpenedEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            invited[e.Gathering] = JsonSerializer.Deserialize<Dictionary<string, int>>(e.InvitedJson, Json) ?? [];
        }

        return invited;
    }

    public async Task<(LiveSnapshot? Snapshot, string? Version)> GetLiveAsync(string networkId, int gathering, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<EvaluationLiveEntity>(TableKeys.Encode(networkId), LiveRow(gathering), cancellationToken: cancellationToken);
        return row.HasValue
            ? (new LiveSnapshot(row.Value!.Gathering, row.Value.Answers, JsonSerializer.Deserialize<List<LiveItem>>(row.Value.ItemsJson, Json) ?? []), row.Value.ETag.ToString())
            : (null, null);
    }

    public async Task<bool> SaveLiveAsync(string networkId, LiveSnapshot snapshot, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new EvaluationLiveEntity
        {
            PartitionKey = TableKeys.Encode(networkId),
            RowKey = LiveRow(snapshot.Gathering),
            Gathering = snapshot.Gathering,
            Answers = snapshot.Answers,
            ItemsJson = JsonSerializer.Serialize(snapshot.Items, Json),
        };
        try
        {
            if (version is null)
            {
                await table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    private static string LiveRow(int gathering) => $"{EvaluationLiveEntity.Prefix}{gathering:000}";

    private static string AnswerRow(int gathering, string answerKey) => $"{EvaluationAnswerEntity.Prefix}{gathering:000}|{Key(answerKey)}";

    private static string PendingRow(int gathering, string pendingKey) => $"{EvaluationPendingEntity.Prefix}{gathering:000}|{Key(pendingKey)}";

    private static string OpenedRow(int gathering) => $"{EvaluationOpenedEntity.Prefix}{gathering:000}";

    /// <summary>Row keys of one kind: of one gathering, or of all ('}' sorts right after '|').</summary>
    private static (string From, string To) Range(string prefix, int? gathering) => gathering is { } g
        ? ($"{prefix}{g:000}|", $"{prefix}{g:000}}}")
        : (prefix, prefix[..^1] + "}");

    private static string Key(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return TableKeys.Encode(key);
    }

    private static EvaluationAnswer ToDomain(EvaluationAnswerEntity e) => new()
    {
        Gathering = e.Gathering,
        MunicipalityId = e.Municipality,
        Values = JsonSerializer.Deserialize<Dictionary<string, EvaluationValue>>(e.ValuesJson, Json) ?? [],
    };
}
