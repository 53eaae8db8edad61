namespace TeamsMentor.Domain.OpenScreen;

/// <summary>A valid scheduling form: what a session will be (or be changed to).</summary>
public sealed record OpenScreenDraft(
    DateTimeOffset Start,
    int DurationMinutes,
    string Topic,
    string? Description,
    IReadOnlyList<string> TeamIds,
    string? JoinUrl);
