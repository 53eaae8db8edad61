namespace TeamsMentor.Domain.OpenScreen;

/// <summary>Who joined, from the meeting's attendance reports (every report of the meeting, merged by person).</summary>
public sealed record AttendanceReport(MeetingOutcome Outcome, IReadOnlyList<MeetingParticipant> Participants)
{
    public static AttendanceReport Failed(MeetingOutcome outcome) => new(outcome, []);
}
