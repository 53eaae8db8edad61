using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Installations;

/// <summary>
/// Table <c>Installations</c>: PartitionKey = tenant id, RowKey = encoded conversation id. A tenant's installations
/// (the hot read when posting to every team) are one partition; one conversation is a point read.
/// </summary>
public sealed class ConversationInstallationEntity : ITableEntity
{
    public const int CurrentSchemaVersion = 1;

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;
    public string ConversationId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string BotId { get; set; } = "";
    public string? TeamId { get; set; }
    public string? TeamName { get; set; }
    public string? ChannelId { get; set; }
    public string? UserId { get; set; }
    public string? UserAadObjectId { get; set; }
    public DateTimeOffset InstalledAt { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
    public bool IsActive { get; set; }
    public bool ServiceUrlVerified { get; set; }
}
