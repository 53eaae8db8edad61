namespace TeamsMentor.Domain.Scheduling;

/// <summary>
/// A prompt that should go out now. <see cref="Key"/> is its idempotency key (kind + network + gathering or session +
/// target + offset): the same prompt always has the same key, so it is never sent twice.
/// </summary>
public sealed record DuePrompt(
    PromptKind Kind,
    string Key,
    DateTimeOffset DueAt,
    DateTimeOffset ExpiresAt,
    int? Gathering = null,
    string? TeamId = null,
    string? SessionId = null);
