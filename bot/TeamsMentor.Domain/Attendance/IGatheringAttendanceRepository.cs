namespace TeamsMentor.Domain.Attendance;

/// <summary>Attendance at a network's gatherings: one list per gathering, replaced whole when it is recorded again.</summary>
public interface IGatheringAttendanceRepository
{
    Task SaveAsync(string networkId, GatheringAttendance attendance, CancellationToken cancellationToken);

    /// <summary>Every recorded gathering of the network, by number.</summary>
    Task<IReadOnlyDictionary<int, GatheringAttendance>> ListAsync(string networkId, CancellationToken cancellationToken);
}
