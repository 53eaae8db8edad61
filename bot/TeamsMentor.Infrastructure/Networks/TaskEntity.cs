using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>Table <c>Networks</c>, RowKey <c>task|{id}</c>.</summary>
public sealed class TaskEntity : ITableEntity
{
    public const string Prefix = "task|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public string TaskId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public int GivenAt { get; set; }
    public int? DueBefore { get; set; }
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Keeps the plan's order of tasks.</summary>
    public int Order { get; set; }
}
