namespace TeamsMentor.Domain.OpenScreen;

/// <summary>One attendance record: the person's Entra object id when Teams knows it, else their e-mail; and how long they stayed.</summary>
public sealed record MeetingParticipant(string? AadObjectId, string? Email, string? Name, int Seconds);
