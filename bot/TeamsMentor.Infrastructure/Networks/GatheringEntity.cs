using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>Table <c>Networks</c>, RowKey <c>gathering|0001</c>.</summary>
public sealed class GatheringEntity : ITableEntity
{
    public const string Prefix = "gathering|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public int Number { get; set; }
    public string Theme { get; set; } = "";
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public string Mode { get; set; } = "";
    public string? Place { get; set; }
    public string? MeetingUrl { get; set; }
    public string? Agenda { get; set; }
    public DateTimeOffset? StatusReportDeadline { get; set; }
    public DateTimeOffset? EvaluationOpens { get; set; }

    public DateTimeOffset? EvaluationCloses { get; set; }

    public static string KeyOf(int number) => Prefix + number.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
}
