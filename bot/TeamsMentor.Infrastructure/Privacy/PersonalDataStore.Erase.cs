using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Privacy;
using TeamsMentor.Infrastructure.Delivery;
using TeamsMentor.Infrastructure.Evaluations;
using TeamsMentor.Infrastructure.Installations;
using TeamsMentor.Infrastructure.Localization;
using TeamsMentor.Infrastructure.Networks;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Privacy;

/// <summary>
/// Erasing: a row whose key names the person goes (an RSVP, a dead letter), except a delivery, which is kept for the
/// ledger's counts under a key of its own with nothing that leads to the person; every other row is rewritten without
/// the person (<see cref="RowRedaction"/>) at the version it was read with. A row changed meanwhile makes the pass run
/// again (at most three times); every step is safe to repeat.
/// </summary>
public sealed partial class PersonalDataStore
{
    private const int Attempts = 3;

    public async Task<(ErasureCounts Counts, IReadOnlyList<PersonalDataRow> Touched)> EraseAsync(DataSubject subject, IReadOnlyCollection<string> networkIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(networkIds);
        var counts = new ErasureCounts();
        var touched = new List<PersonalDataRow>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await foreach (var (name, row, network) in RowsAsync(subject, networkIds, includeShared: false, cancellationToken))
                {
                    // The plan changes through the network repository; evaluation rows never name anyone.
                    if (name is NetworkRepository.TableName or EvaluationRepository.TableName || !RowRedaction.Names(row, subject, network))
                    {
                        continue;
                    }

                    await EraseRowAsync(name, row, subject, network, counts, cancellationToken);
                    touched.Add(new PersonalDataRow(name, TableKeys.Decode(row.PartitionKey), TableKeys.Decode(row.RowKey), new Dictionary<string, object?>()));
                }

                return (counts, touched);
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412 && attempt < Attempts)
            {
                // Changed while we worked: read again and finish.
            }
        }
    }

    public async Task<ErasureCounts> EraseSharedAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var counts = new ErasureCounts();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await foreach (var (name, row, _) in RowsAsync(subject, [], includeShared: true, cancellationToken))
                {
                    if (!RowRedaction.Names(row, subject, null))
                    {
                        continue;
                    }

                    // The person's index rows, personal chats and language choice are theirs alone: they go whole.
                    var whole = name is NetworkRepository.MemberIndexTable or ConversationInstallationRepository.TableName or LanguagePreferenceRepository.TableName;
                    if (whole)
                    {
                        await (await tables.GetAsync(name, cancellationToken)).DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                        counts.AddDeleted(name);
                    }
                    else
                    {
                        await EraseRowAsync(name, row, subject, null, counts, cancellationToken);
                    }
                }

                return counts;
            }
            catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412 && attempt < Attempts)
            {
            }
        }
    }

    private async Task EraseRowAsync(string name, TableEntity row, DataSubject subject, string? network, ErasureCounts counts, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(name, cancellationToken);
        if (name == DeliveryStore.DeliveriesTable)
        {
            await EraseDeliveryAsync(table, row, subject, network, counts, cancellationToken);
        }
        else if (RowRedaction.NamedInKey(row, subject, network))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
            counts.AddDeleted(name);
        }
        else if (RowRedaction.Redact(row, subject, network) is { } redacted)
        {
            await table.UpdateEntityAsync(redacted, row.ETag, TableUpdateMode.Replace, cancellationToken);
            counts.AddChanged(name);
        }
    }
}
