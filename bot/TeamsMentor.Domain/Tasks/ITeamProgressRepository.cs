using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Domain.Tasks;

/// <summary>A team's own progress on its tasks (status, owner, progress-plan steps): one partition per team.</summary>
public interface ITeamProgressRepository
{
    Task<IReadOnlyList<Versioned<TeamTaskProgress>>> GetTeamAsync(string networkId, string teamId, CancellationToken cancellationToken);

    /// <summary>Saves one task's progress; version null means "must not exist yet". Conflict when someone saved first.</summary>
    Task<WriteOutcome> SaveAsync(string networkId, TeamTaskProgress progress, string? version, CancellationToken cancellationToken);
}
