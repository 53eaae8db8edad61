using Azure.Data.Tables;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.FollowUps;

/// <summary>
/// Follow-ups in Azure Tables: one partition per network, one row per follow-up, each write guarded by the version read.
/// A saved one touches the network's schedule stamp (a cancelled follow-up brings the advisor's reminder back).
/// </summary>
public sealed class FollowUpRepository(TableProvider tables, IScheduleStamps? stamps = null) : IFollowUpRepository
{
    public const string TableName = "FollowUps";

    public async Task<IReadOnlyList<Versioned<FollowUp>>> ListAsync(string networkId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = TableKeys.Encode(networkId);
        var list = new List<Versioned<FollowUp>>();
        await foreach (var e in table.QueryAsync<FollowUpEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            if (ToDomain(e) is { } followUp)
            {
                list.Add(new Versioned<FollowUp>(followUp, e.ETag.ToString()));
            }
        }

        return [.. list.OrderBy(f => f.Value.Start)];
    }

    public async Task<Versioned<FollowUp>?> GetAsync(string networkId, string followUpId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(followUpId);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<FollowUpEntity>(TableKeys.Encode(networkId), TableKeys.Encode(followUpId), cancellationToken: cancellationToken);
        return row.HasValue && ToDomain(row.Value!) is { } followUp ? new Versioned<FollowUp>(followUp, row.Value!.ETag.ToString()) : null;
    }

    public async Task<(WriteOutcome Outcome, string? Version)> SaveAsync(string networkId, FollowUp followUp, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var saved = await GuardedWrite.SaveAsync(table, new FollowUpEntity
        {
            PartitionKey = TableKeys.Encode(networkId),
            RowKey = TableKeys.Encode(followUp.Id),
            TeamId = followUp.TeamId,
            Period = followUp.Period,
            Mode = followUp.Mode.ToString(),
            Start = followUp.Start.ToUniversalTime(),
            DurationMinutes = followUp.DurationMinutes,
            State = followUp.State.ToString(),
            AdvisorId = followUp.AdvisorId,
            JoinUrl = followUp.JoinUrl,
            MeetingEventId = followUp.MeetingEventId,
            ProposedStart = followUp.ProposedStart?.ToUniversalTime(),
            Notes = followUp.Notes,
            BookedBy = followUp.BookedBy,
            ChangedAt = followUp.ChangedAt.ToUniversalTime(),
            Revision = followUp.Revision,
        }, version, cancellationToken);
        if (saved.Outcome == WriteOutcome.Saved && stamps is not null)
        {
            await stamps.TouchAsync(networkId);
        }

        return saved;
    }

    /// <summary>The row as a follow-up; null for one whose mode or state this version does not know (left alone, not guessed at).</summary>
    private static FollowUp? ToDomain(FollowUpEntity e) =>
        Enum.TryParse<FollowUpMode>(e.Mode, out var mode) && Enum.TryParse<FollowUpState>(e.State, out var state)
            ? new FollowUp
            {
                Id = TableKeys.Decode(e.RowKey),
                TeamId = e.TeamId,
                Period = e.Period,
                Mode = mode,
                Start = e.Start,
                DurationMinutes = e.DurationMinutes,
                State = state,
                AdvisorId = e.AdvisorId,
                JoinUrl = e.JoinUrl,
                MeetingEventId = e.MeetingEventId,
                ProposedStart = e.ProposedStart,
                Notes = e.Notes,
                BookedBy = e.BookedBy,
                ChangedAt = e.ChangedAt,
                Revision = e.Revision,
            }
            : null;
}
