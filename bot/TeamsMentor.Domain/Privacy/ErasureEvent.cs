namespace TeamsMentor.Domain.Privacy;

/// <summary>
/// The record of one erasure, kept as accountability: when, who asked (an administrator or organizer), the scope (a
/// network or all) and how many rows went or changed. Never who was erased.
/// </summary>
public sealed record ErasureEvent(string Id, DateTimeOffset At, string RequestedBy, string? NetworkId, bool Shared, int Deleted, int Changed, string Reason);
