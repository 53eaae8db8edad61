namespace TeamsMentor.Domain.OpenScreen;

/// <summary>Someone invited to the calendar event (the scheduling organizer required, team contacts optional).</summary>
public sealed record MeetingAttendee(string Email, string Name, bool Required);
