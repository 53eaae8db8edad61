using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Networks;

/// <summary>
/// Table <c>MemberIndex</c>: PartitionKey Entra object id, RowKey <c>{network}|{member}</c> (or <c>{network}|~organizer</c>):
/// "which networks and teams is this person in" as one partition query.
/// </summary>
public sealed class MemberIndexEntity : ITableEntity
{
    /// <summary>The organizer row's key part; '~' keeps it apart from every member id (slugs have no '~').</summary>
    public const string OrganizerKey = "~organizer";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int SchemaVersion { get; set; } = NetworkEntity.CurrentSchemaVersion;
    public string NetworkId { get; set; } = "";
    public string? TeamId { get; set; }
    public string? MemberId { get; set; }
    public bool IsOrganizer { get; set; }
}
