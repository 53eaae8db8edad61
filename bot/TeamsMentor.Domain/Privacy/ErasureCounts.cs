namespace TeamsMentor.Domain.Privacy;

/// <summary>What an erasure did, per table: rows deleted and rows rewritten without the person. Holds no personal data.</summary>
public sealed class ErasureCounts
{
    private readonly SortedDictionary<string, (int Deleted, int Changed)> _tables = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, (int Deleted, int Changed)> Tables => _tables;

    public int Deleted => _tables.Values.Sum(t => t.Deleted);

    public int Changed => _tables.Values.Sum(t => t.Changed);

    public void AddDeleted(string table, int rows = 1) => Add(table, rows, 0);

    public void AddChanged(string table, int rows = 1) => Add(table, 0, rows);

    public void Add(ErasureCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (table, (deleted, changed)) in other._tables)
        {
            Add(table, deleted, changed);
        }
    }

    private void Add(string table, int deleted, int changed)
    {
        ArgumentException.ThrowIfNullOrEmpty(table);
        var (d, c) = _tables.GetValueOrDefault(table);
        _tables[table] = (d + deleted, c + changed);
    }
}
