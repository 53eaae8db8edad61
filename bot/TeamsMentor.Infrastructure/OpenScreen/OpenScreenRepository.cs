using Azure.Data.Tables;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.OpenScreen;

/// <summary>
/// Open-screen sessions in Azure Tables, one partition per network. Row keys start with the row's kind (<c>s|</c>
/// sessions, <c>r|</c> RSVPs by session, <c>t|</c> attendance), so each kind, or one session's RSVPs, is one range query.
/// A saved session touches the network's schedule stamp (its invite and reminders are due by it).
/// </summary>
public sealed class OpenScreenRepository(TableProvider tables, IScheduleStamps? stamps = null) : IOpenScreenRepository
{
    public const string TableName = "OpenScreen";

    public async Task<IReadOnlyList<Versioned<OpenScreenSession>>> ListSessionsAsync(string networkId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var (from, to) = Range(OpenScreenSessionEntity.Prefix);
        var list = new List<Versioned<OpenScreenSession>>();
        await foreach (var e in table.QueryAsync<OpenScreenSessionEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            list.Add(new Versioned<OpenScreenSession>(ToDomain(e), e.ETag.ToString()));
        }

        return [.. list.OrderBy(s => s.Value.Start)];
    }

    public async Task<Versioned<OpenScreenSession>?> GetSessionAsync(string networkId, string sessionId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<OpenScreenSessionEntity>(TableKeys.Encode(networkId), SessionRow(sessionId), cancellationToken: cancellationToken);
        return row.HasValue ? new Versioned<OpenScreenSession>(ToDomain(row.Value!), row.Value!.ETag.ToString()) : null;
    }

    public async Task<(WriteOutcome Outcome, string? Version)> SaveSessionAsync(string networkId, OpenScreenSession session, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new OpenScreenSessionEntity
        {
            PartitionKey = TableKeys.Encode(networkId),
            RowKey = SessionRow(session.Id),
            Topic = session.Topic,
            Description = session.Description,
            Start = session.Start.ToUniversalTime(),
            DurationMinutes = session.DurationMinutes,
            TeamIdsJson = StoredJson.Write(session.TeamIds),
            JoinUrl = session.JoinUrl,
            MeetingEventId = session.MeetingEventId,
            ScheduledBy = session.ScheduledBy,
            ChangedAt = session.ChangedAt.ToUniversalTime(),
            Revision = session.Revision,
            CancelledAt = session.CancelledAt?.ToUniversalTime(),
        };
        var saved = await GuardedWrite.SaveAsync(table, entity, version, cancellationToken);
        if (saved.Outcome == WriteOutcome.Saved && stamps is not null)
        {
            await stamps.TouchAsync(networkId);
        }

        return saved;
    }

    public async Task SetRsvpAsync(string networkId, string sessionId, OpenScreenRsvp rsvp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rsvp);
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new OpenScreenRsvpEntity
        {
            PartitionKey = TableKeys.Encode(networkId),
            RowKey = $"{OpenScreenRsvpEntity.Prefix}{Key(sessionId)}|{Key(rsvp.AadObjectId.ToLowerInvariant())}",
            SessionId = sessionId,
            AadObjectId = rsvp.AadObjectId.ToLowerInvariant(),
            MemberId = rsvp.MemberId,
            Choice = rsvp.Choice.ToString(),
            At = rsvp.At.ToUniversalTime(),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<OpenScreenRsvp>>> ListRsvpsAsync(string networkId, string? sessionId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var (from, to) = sessionId is null ? Range(OpenScreenRsvpEntity.Prefix) : Range($"{OpenScreenRsvpEntity.Prefix}{Key(sessionId)}|");
        var bySession = new Dictionary<string, List<OpenScreenRsvp>>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<OpenScreenRsvpEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            var choice = Enum.TryParse<RsvpChoice>(e.Choice, out var c) ? c : RsvpChoice.Maybe;
            (bySession.TryGetValue(e.SessionId, out var list) ? list : bySession[e.SessionId] = []).Add(new OpenScreenRsvp(e.AadObjectId, e.MemberId, choice, e.At));
        }

        return bySession.ToDictionary(p => p.Key, p => (IReadOnlyList<OpenScreenRsvp>)p.Value, StringComparer.Ordinal);
    }

    public async Task SaveAttendanceAsync(string networkId, string sessionId, OpenScreenAttendance attendance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attendance);
        var table = await tables.GetAsync(TableName, cancellationToken);
        await table.UpsertEntityAsync(new OpenScreenAttendanceEntity
        {
            PartitionKey = TableKeys.Encode(networkId),
            RowKey = OpenScreenAttendanceEntity.Prefix + Key(sessionId),
            MemberIdsJson = StoredJson.Write(attendance.MemberIds),
            RecordedAt = attendance.RecordedAt.ToUniversalTime(),
            Source = attendance.Source.ToString(),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, OpenScreenAttendance>> ListAttendanceAsync(string networkId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var (from, to) = Range(OpenScreenAttendanceEntity.Prefix);
        var all = new Dictionary<string, OpenScreenAttendance>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<OpenScreenAttendanceEntity>(
            e => e.PartitionKey == partition && e.RowKey.CompareTo(from) >= 0 && e.RowKey.CompareTo(to) < 0, cancellationToken: cancellationToken))
        {
            var source = Enum.TryParse<AttendanceSource>(e.Source, out var s) ? s : AttendanceSource.Manual;
            all[TableKeys.Decode(e.RowKey[from.Length..])] = new OpenScreenAttendance(StoredJson.Read<List<string>>(e.MemberIdsJson, []), e.RecordedAt, source);
        }

        return all;
    }

    private static string SessionRow(string sessionId) => OpenScreenSessionEntity.Prefix + Key(sessionId);

    /// <summary>Row keys starting with <paramref name="prefix"/> ('}' sorts right after '|').</summary>
    private static (string From, string To) Range(string prefix) => (prefix, prefix[..^1] + "}");

    private static string Key(string key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return TableKeys.Encode(key);
    }

    private static OpenScreenSession ToDomain(OpenScreenSessionEntity e) => new()
    {
        Id = TableKeys.Decode(e.RowKey[OpenScreenSessionEntity.Prefix.Length..]),
        Topic = e.Topic,
        Description = e.Description,
        Start = e.Start,
        DurationMinutes = e.DurationMinutes,
        TeamIds = StoredJson.Read<List<string>>(e.TeamIdsJson, []),
        JoinUrl = e.JoinUrl,
        MeetingEventId = e.MeetingEventId,
        ScheduledBy = e.ScheduledBy,
        ChangedAt = e.ChangedAt,
        Revision = e.Revision,
        CancelledAt = e.CancelledAt,
    };
}
