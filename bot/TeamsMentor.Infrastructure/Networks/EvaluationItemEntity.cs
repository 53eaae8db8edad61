using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>Table <c>Networks</c>, RowKey <c>item|{id}</c>: the evaluation item bank.</summary>
public sealed class EvaluationItemEntity : ITableEntity
{
    public const string Prefix = "item|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public string ItemId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string TextNb { get; set; } = "";
    public string? TextEn { get; set; }
    public bool Stable { get; set; }

    /// <summary>Comma-separated gathering numbers, or null.</summary>
    public string? Gatherings { get; set; }
    public int Order { get; set; }
}
