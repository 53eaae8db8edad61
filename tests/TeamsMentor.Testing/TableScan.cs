using System.Text.Encodings.Web;
using System.Text.Json;
using Azure.Data.Tables;

namespace TeamsMentor.Testing;

/// <summary>Every row of every table under a host's table prefix, for tests that look at storage as a whole (what names a person).</summary>
public static class TableScan
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>"Table|PartitionKey|RowKey" (table without the prefix, keys decoded) → the row's properties as JSON, storage's timestamp and ETag left out.</summary>
    public static async Task<Dictionary<string, string>> AllRowsAsync(string connectionString, string tablePrefix)
    {
        var service = new TableServiceClient(connectionString);
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var table in service.QueryAsync())
        {
            if (!table.Name.StartsWith(tablePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                var properties = row.Where(p => p.Key is not ("Timestamp" or "odata.etag")).OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value);
                rows[$"{table.Name[tablePrefix.Length..]}|{Uri.UnescapeDataString(row.PartitionKey)}|{Uri.UnescapeDataString(row.RowKey)}"] = JsonSerializer.Serialize(properties, Readable);
            }
        }

        return rows;
    }
}
