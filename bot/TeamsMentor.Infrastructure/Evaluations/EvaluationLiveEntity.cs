using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Evaluations;

/// <summary>Table <c>Evaluations</c>, RowKey <c>l|{gathering:000}</c>: the live snapshot the big screen shows (figures only, as JSON).</summary>
public sealed class EvaluationLiveEntity : ITableEntity
{
    public const string Prefix = "l|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int Gathering { get; set; }
    public int Answers { get; set; }

    /// <summary>The items' figures (<c>LiveItem</c> list), as JSON.</summary>
    public string ItemsJson { get; set; } = "[]";
}
