using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Storage;

/// <summary>Submits actions on one partition as entity-group transactions of at most 100 (the service's limit).</summary>
public static class TableBatches
{
    public const int MaxActions = 100;

    public static async Task SubmitAsync(TableClient table, IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var chunk in actions.Chunk(MaxActions))
        {
            await table.SubmitTransactionAsync(chunk, cancellationToken);
        }
    }
}
