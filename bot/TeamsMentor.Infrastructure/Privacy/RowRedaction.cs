using Azure.Data.Tables;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Infrastructure.Privacy;

/// <summary>
/// Finds a person in a stored row and takes them out of it, without knowing the row's kind: its keys, and every string
/// property as <see cref="PersonalText"/> reads it.
/// </summary>
public static class RowRedaction
{
    private static readonly HashSet<string> Keys = new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    /// <summary>The keys, storage's timestamp and the version: what a row holds that is not its own data.</summary>
    public static bool IsStorageProperty(string name) => Keys.Contains(name);

    /// <summary>Whether the row names the person anywhere (its keys included).</summary>
    public static bool Names(TableEntity row, DataSubject subject, string? networkId)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(subject);
        return NamedInKey(row, subject, networkId) || row.Where(p => !Keys.Contains(p.Key)).Any(p => p.Value is string s && PersonalText.NamedIn(s, subject, networkId));
    }

    /// <summary>Whether a key of the row names the person (such a row cannot be rewritten in place).</summary>
    public static bool NamedInKey(TableEntity row, DataSubject subject, string? networkId)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(subject);
        return subject.IsNamedIn(Storage.TableKeys.Decode(row.RowKey), networkId) || subject.IsNamedIn(Storage.TableKeys.Decode(row.PartitionKey), networkId);
    }

    /// <summary>The row's properties without the person; null when nothing changed.</summary>
    public static TableEntity? Redact(TableEntity row, DataSubject subject, string? networkId)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(subject);
        var copy = new TableEntity(row.PartitionKey, row.RowKey) { ETag = row.ETag };
        var changed = false;
        foreach (var (key, value) in row.Where(p => !Keys.Contains(p.Key)))
        {
            if (value is string s && PersonalText.NamedIn(s, subject, networkId))
            {
                copy[key] = PersonalText.Redact(s, subject, networkId);
                changed = true;
            }
            else
            {
                copy[key] = value;
            }
        }

        return changed ? copy : null;
    }
}
