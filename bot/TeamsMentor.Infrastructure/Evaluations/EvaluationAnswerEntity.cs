using Azure;
using Azure.Data.Tables;
using TeamsMentor.Infrastructure.Networks;

namespace TeamsMentor.Infrastructure.Evaluations;

/// <summary>
/// Table <c>Evaluations</c>, PartitionKey network id, RowKey <c>a|{gathering:000}|{answer key}</c>: one person's answer.
/// Holds the gathering, the municipality and the values; by design no person, team, conversation or time of answering.
/// </summary>
public sealed class EvaluationAnswerEntity : ITableEntity
{
    public const string Prefix = "a|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public int Gathering { get; set; }
    public string Municipality { get; set; } = "";

    /// <summary>The values by item id, as JSON.</summary>
    public string ValuesJson { get; set; } = "{}";
}
