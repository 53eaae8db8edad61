using Azure;
using Azure.Data.Tables;
using TeamsMentor.Domain.Localization;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Localization;

/// <summary>Language choices in Azure Tables: one row per person (partition: the tenant; row: the Entra object id), a point read and an upsert.</summary>
public sealed class LanguagePreferenceRepository(TableProvider tables) : ILanguagePreferenceRepository
{
    public const string TableName = "LanguagePreferences";

    public async Task<string?> GetAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Encode(tenantId), RowKey(aadObjectId), select: ["Locale"], cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.GetString("Locale") : null;
    }

    public async Task SetAsync(string tenantId, string aadObjectId, string locale, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(locale);
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Encode(tenantId), RowKey(aadObjectId)) { ["Locale"] = locale, ["ChangedAt"] = at },
            TableUpdateMode.Replace, cancellationToken);
    }

    private static string RowKey(string aadObjectId) => TableKeys.Encode(aadObjectId.ToLowerInvariant());
}
