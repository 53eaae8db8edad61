using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Evaluations;

/// <summary>
/// Table <c>Evaluations</c>, RowKey <c>p|{gathering:000}|{pending key}</c>: someone invited who has not answered yet.
/// Written when the evaluation opens and deleted by the answer's own transaction, so no row records when anyone
/// answered; holds nothing but its key.
/// </summary>
public sealed class EvaluationPendingEntity : ITableEntity
{
    public const string Prefix = "p|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
}
