using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Evaluations;

/// <summary>Table <c>Evaluations</c>, RowKey <c>o|{gathering:000}</c>: the evaluation was opened, how many were invited per municipality, and when it was sealed.</summary>
public sealed class EvaluationOpenedEntity : ITableEntity
{
    public const string Prefix = "o|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int Gathering { get; set; }

    /// <summary>Municipality id → invited, as JSON.</summary>
    public string InvitedJson { get; set; } = "{}";

    /// <summary>When the answers were moved under random keys after closing (null until then).</summary>
    public DateTimeOffset? SealedAt { get; set; }
}
