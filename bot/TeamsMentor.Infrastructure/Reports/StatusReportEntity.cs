using Azure;
using Azure.Data.Tables;
using TeamsMentor.Infrastructure.Networks;

namespace TeamsMentor.Infrastructure.Reports;

/// <summary>
/// Table <c>StatusReports</c>: PartitionKey network id, RowKey <c>{team}|{gathering:000}</c> (a team's reports sort by
/// gathering). Task answers as JSON; the figures as four nullable counts (all set or none).
/// </summary>
public sealed class StatusReportEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public string TeamId { get; set; } = "";
    public int Gathering { get; set; }
    public string State { get; set; } = "";
    public string? SubGoals { get; set; }
    public string? Measures { get; set; }
    public int? GoalAchievement { get; set; }
    public string? GoalAchievementText { get; set; }
    public double? Hours { get; set; }
    public int? Mentors { get; set; }
    public int? MentorsTrained { get; set; }
    public int? NewHiresWithMentor { get; set; }
    public int? NewHiresWithMentorQuit { get; set; }
    public string? FreeText { get; set; }
    public string TasksJson { get; set; } = "[]";
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? LastEditedBy { get; set; }
    public DateTimeOffset? LastEditedAt { get; set; }
    public bool Reopened { get; set; }
    public string? SaveToken { get; set; }

    /// <summary>Answers to the plan's own items (JSON object id → text); null when none.</summary>
    public string? ValuesJson { get; set; }

    /// <summary>Items answered "not known yet" (JSON array of ids); null when none.</summary>
    public string? NotKnownJson { get; set; }

    /// <summary>Each saved section's version (JSON object section → token); null when none saved by section.</summary>
    public string? SectionVersionsJson { get; set; }
}
