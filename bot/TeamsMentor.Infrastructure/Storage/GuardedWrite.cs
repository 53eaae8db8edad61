using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Infrastructure.Storage;

/// <summary>
/// One row written at the version the writer read: no version inserts (someone else's row already there: Conflict), a
/// version replaces only that version (changed meanwhile: Conflict; gone: NotFound). A version that is no ETag at all
/// (forged or mangled; Table Storage answers 400) cannot match either and is a Conflict too.
/// </summary>
public static class GuardedWrite
{
    public static async Task<(WriteOutcome Outcome, string? Version)> SaveAsync<T>(TableClient table, T entity, string? version, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        ArgumentNullException.ThrowIfNull(table);
        try
        {
            var response = version is null
                ? await table.AddEntityAsync(entity, cancellationToken)
                : await table.UpdateEntityAsync(entity, new ETag(version), TableUpdateMode.Replace, cancellationToken);
            return (WriteOutcome.Saved, response.Headers.ETag?.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || (ex.Status == 400 && version is not null))
        {
            return (WriteOutcome.Conflict, null);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (WriteOutcome.NotFound, null);
        }
    }

    /// <summary>
    /// Some of a row's columns set at the version the writer read (a merge: the other columns stay as they are). Changed
    /// meanwhile, or a version that is no ETag: Conflict; gone: NotFound.
    /// </summary>
    public static async Task<(WriteOutcome Outcome, string? Version)> MergeAsync(TableClient table, TableEntity columns, string version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrEmpty(version);
        try
        {
            var response = await table.UpdateEntityAsync(columns, new ETag(version), TableUpdateMode.Merge, cancellationToken);
            return (WriteOutcome.Saved, response.Headers.ETag?.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 400)
        {
            return (WriteOutcome.Conflict, null);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return (WriteOutcome.NotFound, null);
        }
    }
}
