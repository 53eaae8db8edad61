using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>Table <c>Networks</c>, RowKey <c>member|{id}</c>.</summary>
public sealed class MemberEntity : ITableEntity
{
    public const string Prefix = "member|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public string MemberId { get; set; } = "";
    public string TeamId { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public string? AadObjectId { get; set; }
    public string? TeamsUserId { get; set; }
    public int Roles { get; set; }
    public bool IsGuest { get; set; }
    public bool JoinedViaTeams { get; set; }
    public DateTimeOffset? LeftAt { get; set; }

    /// <summary>Keeps the plan's order.</summary>
    public int Order { get; set; }
}
