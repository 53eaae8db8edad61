namespace TeamsMentor.Domain.OpenScreen;

/// <summary>Who came to a session (member ids), as the organizer recorded it or as imported from the meeting's attendance report.</summary>
public sealed record OpenScreenAttendance(IReadOnlyList<string> MemberIds, DateTimeOffset RecordedAt, AttendanceSource Source);
