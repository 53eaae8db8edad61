using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>
/// Everything a plan write is about to change, stored (gzip'd JSON, split over rows of at most 60 KB) in the
/// partition's first entity-group transaction together with the network row. That transaction is the commit point:
/// before it nothing is written, after it the write is finished by whoever gets there first, the writer or the next
/// read of the partition (<see cref="NetworkRepository"/> rolls it forward), so a plan of any size is saved whole or
/// not at all. Rows the write puts carry its <see cref="Id"/> (<see cref="ImportIdProperty"/>): a row with it is
/// done; a row whose ETag moved since the write read it was changed meanwhile (a role set in Teams) and keeps that
/// change.
/// </summary>
internal sealed record ImportJournal(string Id, IReadOnlyList<RowAction> Rows, IReadOnlyList<LookupOp> Lookups)
{
    public const string KeyPrefix = "~import|";
    public const string ImportIdProperty = "ImportId";
    private const string DataProperty = "Data";
    private const int PartBytes = 60_000; // a binary property holds 64 KiB

    public static bool IsJournalKey(string rowKey) => rowKey.StartsWith(KeyPrefix, StringComparison.Ordinal);

    public IReadOnlyList<TableEntity> ToEntities(string partitionKey)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(zip, this);
        }

        var bytes = buffer.ToArray();
        return [.. bytes.Chunk(PartBytes).Select((part, i) => new TableEntity(partitionKey, KeyPrefix + i.ToString("D3", CultureInfo.InvariantCulture))
        {
            [DataProperty] = part,
        })];
    }

    public static ImportJournal Read(IEnumerable<TableEntity> rows)
    {
        using var buffer = new MemoryStream();
        foreach (var row in rows.OrderBy(r => r.RowKey, StringComparer.Ordinal))
        {
            buffer.Write(row.GetBinary(DataProperty));
        }

        buffer.Position = 0;
        using var zip = new GZipStream(buffer, CompressionMode.Decompress);
        return JsonSerializer.Deserialize<ImportJournal>(zip) ?? throw new InvalidDataException("Empty import journal.");
    }
}

internal enum RowActionKind
{
    Add,
    Replace,
    Delete,
}

/// <summary>One row of a plan write: what it puts (with the write's id), and for a replace or delete the ETag it was read at.</summary>
internal sealed record RowAction(RowActionKind Kind, string RowKey, string? ETag, Dictionary<string, StoredValue>? Properties)
{
    public TableEntity Entity(string partitionKey)
    {
        var entity = new TableEntity(partitionKey, RowKey);
        foreach (var (name, value) in Properties ?? [])
        {
            entity[name] = value.ToObject();
        }

        return entity;
    }

    public static RowAction Put(ITableEntity row, string? etag, string importId)
    {
        ArgumentNullException.ThrowIfNull(row);
        var properties = StoredValue.From(row);
        properties[ImportJournal.ImportIdProperty] = new StoredValue("s", importId);
        return new RowAction(etag is null ? RowActionKind.Add : RowActionKind.Replace, row.RowKey, etag, properties);
    }

    public static RowAction Remove(string rowKey, ETag etag) => new(RowActionKind.Delete, rowKey, etag.ToString(), null);
}

/// <summary>A property value with its type: s string, i int, l long, b bool, d double, t date and time.</summary>
internal sealed record StoredValue(string Type, string Value)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Readable = new();

    public object ToObject() => Type switch
    {
        "i" => int.Parse(Value, CultureInfo.InvariantCulture),
        "l" => long.Parse(Value, CultureInfo.InvariantCulture),
        "b" => bool.Parse(Value),
        "d" => double.Parse(Value, CultureInfo.InvariantCulture),
        "t" => DateTimeOffset.Parse(Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        _ => Value,
    };

    /// <summary>The stored properties of a typed entity (not its keys, timestamp or ETag; nulls are not stored).</summary>
    public static Dictionary<string, StoredValue> From(ITableEntity row)
    {
        var values = new Dictionary<string, StoredValue>(StringComparer.Ordinal);
        var properties = Readable.GetOrAdd(row.GetType(), t => [.. t.GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0
            && p.Name is not (nameof(ITableEntity.PartitionKey) or nameof(ITableEntity.RowKey) or nameof(ITableEntity.Timestamp) or nameof(ITableEntity.ETag)))]);
        foreach (var property in properties)
        {
            var value = property.GetValue(row);
            if (value is not null)
            {
                values[property.Name] = Of(value);
            }
        }

        return values;
    }

    private static StoredValue Of(object value) => value switch
    {
        string s => new("s", s),
        int i => new("i", i.ToString(CultureInfo.InvariantCulture)),
        long l => new("l", l.ToString(CultureInfo.InvariantCulture)),
        bool b => new("b", b ? "true" : "false"),
        double d => new("d", d.ToString("R", CultureInfo.InvariantCulture)),
        DateTimeOffset t => new("t", t.ToString("O", CultureInfo.InvariantCulture)),
        DateTime t => new("t", new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)).ToString("O", CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"A {value.GetType().Name} property cannot be journaled."),
    };
}

internal enum LookupKind
{
    /// <summary>ChannelLinks row → the team.</summary>
    LinkPoint,
    /// <summary>ChannelLinks row away, if it still points to the team.</summary>
    LinkRemove,
    IndexPut,
    IndexRemove,
}

/// <summary>A change to a lookup table (<c>ChannelLinks</c>, <c>MemberIndex</c>) that goes with a plan write; each is safe to repeat.</summary>
internal sealed record LookupOp(LookupKind Kind, string PartitionKey, string RowKey, string NetworkId, string? TeamId = null, string? MemberId = null, bool IsOrganizer = false);
