using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Domain.Tasks;
using TeamsMentor.Infrastructure.Storage;

namespace TeamsMentor.Infrastructure.Tasks;

/// <summary>
/// A team's progress on its tasks; every write is guarded by the ETag the caller read, and a saved one touches the
/// network's schedule stamp (a plan that was made may be made no longer).
/// </summary>
public sealed class TeamProgressRepository(TableProvider tables, IScheduleStamps? stamps = null) : ITeamProgressRepository
{
    public const string TableName = "TeamProgress";

    public async Task<IReadOnlyList<Versioned<TeamTaskProgress>>> GetTeamAsync(string networkId, string teamId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableName, cancellationToken);
        var partition = PartitionOf(networkId, teamId);
        var list = new List<Versioned<TeamTaskProgress>>();
        await foreach (var e in table.QueryAsync<TeamProgressEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken))
        {
            list.Add(new Versioned<TeamTaskProgress>(ToDomain(e), e.ETag.ToString()));
        }

        return list;
    }

    public async Task<WriteOutcome> SaveAsync(string networkId, TeamTaskProgress progress, string? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var table = await tables.GetAsync(TableName, cancellationToken);
        var entity = new TeamProgressEntity
        {
            PartitionKey = PartitionOf(networkId, progress.TeamId),
            RowKey = TableKeys.Encode(progress.TaskId),
            TeamId = progress.TeamId,
            State = progress.State.ToString(),
            OwnerMemberId = progress.OwnerMemberId,
            StepsJson = StoredJson.Write(progress.Steps),
            UpdatedAt = progress.UpdatedAt?.ToUniversalTime(),
        };
        var (outcome, _) = await GuardedWrite.SaveAsync(table, entity, version, cancellationToken);
        if (outcome == WriteOutcome.Saved && stamps is not null)
        {
            await stamps.TouchAsync(networkId);
        }

        return outcome;
    }

    private static string PartitionOf(string networkId, string teamId) => TableKeys.Encode(networkId + "|" + teamId);

    private static TeamTaskProgress ToDomain(TeamProgressEntity e) => new()
    {
        TeamId = e.TeamId,
        TaskId = TableKeys.Decode(e.RowKey),
        State = Enum.TryParse<TaskState>(e.State, out var s) ? s : TaskState.NotStarted,
        OwnerMemberId = e.OwnerMemberId,
        Steps = StoredJson.Read<List<ProgressStep>>(e.StepsJson, []),
        UpdatedAt = e.UpdatedAt ?? e.Timestamp,
    };
}
