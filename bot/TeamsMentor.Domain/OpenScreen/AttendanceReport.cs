namespace TeamsMentor.Domain.OpenScreen;

/// <summary>Who joined, from the meeting's attendance reports (every report of the meeting, merged by person).</summary>
public sealed record AttendanceReport(MeetingOutcome Outcome, IReadOnlyList<MeetingParticipant> Participants)
{
    public static AttendanceReport Failed(MeetingOutcome outcome) => new(outcome, []);

    /// <summary>The network's members who joined, found by Entra object id or e-mail (guests and strangers are left out).</summary>
    public IReadOnlyList<string> MembersPresent(Networks.NetworkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Members.Where(m => Participants.Any(p =>
                (p.AadObjectId is { } id && string.Equals(id, m.AadObjectId, StringComparison.OrdinalIgnoreCase))
                || (p.Email is { } mail && string.Equals(mail, m.Email, StringComparison.OrdinalIgnoreCase))))
            .Select(m => m.Id)];
    }
}
