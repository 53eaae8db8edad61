namespace TeamsMentor.Domain.Attendance;

/// <summary>Who came to a gathering (member ids), as an organizer ticked it, and when it was recorded.</summary>
public sealed record GatheringAttendance(int Gathering, IReadOnlyList<string> MemberIds, DateTimeOffset RecordedAt);
