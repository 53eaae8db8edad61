namespace TeamsMentor.Domain.Privacy;

/// <summary>One stored row that names a person, as stored (storage's own timestamp and version left out).</summary>
public sealed record PersonalDataRow(string Table, string PartitionKey, string RowKey, IReadOnlyDictionary<string, object?> Properties);
