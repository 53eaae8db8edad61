using Azure;
using Azure.Data.Tables;

namespace TeamsMentor.Infrastructure.OpenScreen;

/// <summary>Table <c>OpenScreen</c>, RowKey <c>r|{session}|{aad}</c>: one person's latest answer to one invite.</summary>
public sealed class OpenScreenRsvpEntity : ITableEntity
{
    public const string Prefix = "r|";

    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string SessionId { get; set; } = "";
    public string AadObjectId { get; set; } = "";
    public string MemberId { get; set; } = "";
    public string Choice { get; set; } = "";
    public DateTimeOffset At { get; set; }
}
