using System.Security.Cryptography;
using Azure.Data.Tables;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Privacy;
using TeamsMentor.Infrastructure.Delivery;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Privacy;

/// <summary>Erasing a person from the ledger: their own deliveries kept under a random key, their name out of others' content.</summary>
public sealed partial class PersonalDataStore
{
    /// <summary>
    /// A delivery to the person's own chat keeps its place in the ledger under a random target key, without the chat,
    /// the message or its content (and is not sent if it was still waiting); any other delivery loses the person's name
    /// from its content (the chunks read as one).
    /// </summary>
    private static async Task EraseDeliveryAsync(TableClient table, TableEntity row, DataSubject subject, string? network, ErasureCounts counts, CancellationToken cancellationToken)
    {
        var joined = new TableEntity(row.PartitionKey, row.RowKey) { ETag = row.ETag };
        foreach (var (key, value) in row.Where(p => !p.Key.StartsWith("Payload", StringComparison.Ordinal)))
        {
            joined[key] = value;
        }

        joined["Payload0"] = PayloadChunks.Join([.. Enumerable.Range(0, PayloadChunks.Count).Select(i => row.GetString("Payload" + i))]);
        if (RowRedaction.NamedInKey(row, subject, network))
        {
            var suffix = row.RowKey.EndsWith(DeliveryEntity.UpdateSuffix, StringComparison.Ordinal) ? DeliveryEntity.UpdateSuffix
                : row.RowKey.EndsWith(DeliveryEntity.DeleteSuffix, StringComparison.Ordinal) ? DeliveryEntity.DeleteSuffix : "";
            var target = "user|" + ErasedKeyMark + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
            var moved = RowRedaction.Redact(joined, subject, network) ?? joined;
            var kept = new TableEntity(row.PartitionKey, TableKeys.Encode(target) + suffix);
            foreach (var (key, value) in moved.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "odata.etag" or "Timestamp")))
            {
                kept[key] = value;
            }

            kept["TargetKey"] = target;
            kept["ConversationId"] = "";
            kept.Remove("Recipient");
            kept.Remove("ActivityId");
            kept.Remove("ThreadId");
            for (var i = 0; i < PayloadChunks.Count; i++)
            {
                kept["Payload" + i] = "";
            }

            if (row.GetBoolean("Pending") == true)
            {
                kept["Pending"] = false;
                kept["State"] = nameof(DeliveryState.Unreachable);
                kept["Reason"] = ErasedReason;
            }

            await table.SubmitTransactionAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, kept),
                new TableTransactionAction(TableTransactionActionType.Delete, row, row.ETag),
            ], cancellationToken);
            counts.AddChanged(DeliveryStore.DeliveriesTable);
            return;
        }

        if (RowRedaction.Redact(joined, subject, network) is { } redacted)
        {
            var chunks = PayloadChunks.Split(redacted.GetString("Payload0") ?? "");
            for (var i = 0; i < PayloadChunks.Count; i++)
            {
                redacted["Payload" + i] = chunks[i] ?? "";
            }

            await table.UpdateEntityAsync(redacted, row.ETag, TableUpdateMode.Replace, cancellationToken);
            counts.AddChanged(DeliveryStore.DeliveriesTable);
        }
    }

    /// <summary>Marks a delivery target key that stands for an erased person ('~' is in no Entra object id).</summary>
    public const char ErasedKeyMark = '~';

    /// <summary>The reason a waiting delivery to an erased person was not sent.</summary>
    public const string ErasedReason = "The recipient was erased.";
}
