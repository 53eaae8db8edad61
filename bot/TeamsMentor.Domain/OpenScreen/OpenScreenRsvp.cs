namespace TeamsMentor.Domain.OpenScreen;

/// <summary>One person's latest answer to one session's invite (a change replaces it).</summary>
public sealed record OpenScreenRsvp(string AadObjectId, string MemberId, RsvpChoice Choice, DateTimeOffset At);
