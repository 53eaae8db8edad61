using TeamsMentor.Domain.OpenScreen;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// What scheduling or changing a session came to: the saved session, or (nothing saved) why the meeting could not be
/// made; <see cref="CalendarNotUpdated"/> when the session changed but the calendar event could not follow.
/// </summary>
public sealed record ScheduleOutcome(OpenScreenSession? Session, MeetingResult? MeetingFailure = null, bool Conflict = false, bool CalendarNotUpdated = false, int InvitedChannels = 0);
