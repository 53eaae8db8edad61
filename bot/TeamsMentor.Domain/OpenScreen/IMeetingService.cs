namespace TeamsMentor.Domain.OpenScreen;

/// <summary>
/// The Teams meeting behind a session: a calendar event with an online meeting in the organizer mailbox. Every call
/// returns an outcome instead of throwing, so a refusal or an outage becomes "paste a join link" on the card.
/// </summary>
public interface IMeetingService
{
    /// <summary>False when no organizer mailbox is configured: every session needs a pasted join link.</summary>
    bool IsConfigured { get; }

    Task<MeetingResult> CreateAsync(MeetingRequest request, CancellationToken cancellationToken);

    Task<MeetingResult> UpdateAsync(string eventId, MeetingRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels the event (attendees get the cancellation with <paramref name="comment"/>).</summary>
    Task<MeetingResult> CancelAsync(string eventId, string comment, CancellationToken cancellationToken);

    /// <summary>Who joined the meeting with this join link, from its attendance reports (when the meeting has any).</summary>
    Task<AttendanceReport> GetAttendanceAsync(string joinUrl, CancellationToken cancellationToken);
}
