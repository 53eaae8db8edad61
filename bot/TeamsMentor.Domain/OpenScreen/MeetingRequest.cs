namespace TeamsMentor.Domain.OpenScreen;

/// <summary>
/// What the calendar event should be: subject, body (plain text), times (sent in <see cref="TimeZoneId"/>) and attendees.
/// <see cref="TransactionId"/> (the session id) lets Graph recognise a repeated create and not make a second event.
/// </summary>
public sealed record MeetingRequest(
    string TransactionId,
    string Subject,
    string? Body,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZoneId,
    IReadOnlyList<MeetingAttendee> Attendees);
