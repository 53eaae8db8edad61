using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.Attendance;

/// <summary>Table <c>GatheringAttendance</c>, PartitionKey the network, RowKey <c>{gathering:000}</c>: who came (member ids as JSON) and when it was recorded.</summary>
public sealed class GatheringAttendanceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public int Gathering { get; set; }
    public string MemberIdsJson { get; set; } = "[]";
    public DateTimeOffset RecordedAt { get; set; }
}
