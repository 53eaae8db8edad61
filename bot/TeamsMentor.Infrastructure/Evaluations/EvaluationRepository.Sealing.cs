using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Evaluations;

/// <summary>
/// Sealing a closed evaluation: each answer is moved from its keyed row (<c>a|{g}|{hmac}</c>) to a row under a random
/// key (<c>a|{g}|~{random}</c>) in the same transaction that deletes the keyed row, the pending markers are deleted,
/// and the opened row records when. After that no row's key can be recomputed from a person, not even with the secret.
/// Each step is safe to repeat, so a seal cut short is finished by the next pass.
/// </summary>
public sealed partial class EvaluationRepository
{
    /// <summary>Marks a row key made at random ('~' sorts after every hex digit, so sealed rows follow keyed ones).</summary>
    public const char RandomKeyMark = '~';

    /// <summary>Answer-and-delete pairs per transaction (two actions each, under the service's 100).</summary>
    private const int PairsPerTransaction = TableBatches.MaxActions / 2;

    public async Task<IReadOnlyDictionary<int, bool>> OpenedAsync(string networkId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var (from, to) = Range(EvaluationOpenedEntity.Prefix, null);
        var opened = new Dictionary<int, bool>();
        await foreach (var e in table.QueryAsync<EvaluationOpenedEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0,
            select: [nameof(EvaluationOpenedEntity.Gathering), nameof(EvaluationOpenedEntity.SealedAt)], cancellationToken: cancellationToken))
        {
            opened[e.Gathering] = e.SealedAt is not null;
        }

        return opened;
    }

    public async Task<int> SealAsync(string networkId, int gathering, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var (answersFrom, answersTo) = Range(EvaluationAnswerEntity.Prefix, gathering);
        var keyed = new List<EvaluationAnswerEntity>();
        await foreach (var e in table.QueryAsync<EvaluationAnswerEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(answersFrom) >= 0 && e.RowKey.CompareTo(answersTo) < 0, cancellationToken: cancellationToken))
        {
            if (e.RowKey[answersFrom.Length] != RandomKeyMark)
            {
                keyed.Add(e);
            }
        }

        foreach (var chunk in keyed.Chunk(PairsPerTransaction))
        {
            var actions = new List<TableTransactionAction>(chunk.Length * 2);
            foreach (var row in chunk)
            {
                var moved = new EvaluationAnswerEntity
                {
                    PartitionKey = partition,
                    RowKey = answersFrom + RandomKeyMark + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                    SchemaVersion = row.SchemaVersion,
                    Gathering = row.Gathering,
                    Municipality = row.Municipality,
                    ValuesJson = row.ValuesJson,
                };
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, moved));
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag));
            }

            // Guarded by each keyed row's ETag: a change saved meanwhile fails the transaction, and nothing moves twice.
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }

        var (pendingFrom, pendingTo) = Range(EvaluationPendingEntity.Prefix, gathering);
        var pending = new List<TableTransactionAction>();
        await foreach (var e in table.QueryAsync<TableEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(pendingFrom) >= 0 && e.RowKey.CompareTo(pendingTo) < 0, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            pending.Add(new TableTransactionAction(TableTransactionActionType.Delete, e, ETag.All));
        }

        await TableBatches.SubmitAsync(table, pending, cancellationToken);
        try
        {
            await table.UpdateEntityAsync(new TableEntity(partition, OpenedRow(gathering)) { [nameof(EvaluationOpenedEntity.SealedAt)] = now },
                ETag.All, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Never opened: nothing records it (the invited counts are the opened row's), and there was nothing to seal
            // but answers stored without opening, which are now under random keys all the same.
        }

        return keyed.Count;
    }

    public async Task ForgetPendingAsync(string networkId, int gathering, string pendingKey, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        try
        {
            await table.DeleteEntityAsync(TableKeys.Encode(networkId), PendingRow(gathering, pendingKey), ETag.All, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // answered already, or never invited
        }
    }
}
