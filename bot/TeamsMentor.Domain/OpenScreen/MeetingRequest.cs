namespace TeamsMentor.Domain.OpenScreen;

/// <summary>What the calendar event should be: subject, body (plain text), times (sent in <see cref="TimeZoneId"/>) and attendees.</summary>
public sealed record MeetingRequest(
    string Subject,
    string? Body,
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZoneId,
    IReadOnlyList<MeetingAttendee> Attendees);
