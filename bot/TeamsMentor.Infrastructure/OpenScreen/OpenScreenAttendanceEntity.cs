using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.OpenScreen;

/// <summary>Table <c>OpenScreen</c>, RowKey <c>t|{session}</c>: who came (member ids as JSON), when recorded and from where.</summary>
public sealed class OpenScreenAttendanceEntity : ITableEntity
{
    public const string Prefix = "t|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string MemberIdsJson { get; set; } = "[]";
    public DateTimeOffset RecordedAt { get; set; }
    public string Source { get; set; } = "";
}
