namespace TeamsMentor.Domain.Delivery;

/// <summary>
/// A wave: everything one due prompt sends (one status prompt, one evaluation round, one invite). <see cref="WaveId"/>
/// is the prompt's idempotency key (kind + network + gathering or session [+ team]); a wave is enqueued once, ever.
/// </summary>
public sealed record WaveRequest(
    string WaveId,
    string NetworkId,
    string Kind,
    DateTimeOffset CreatedAt,
    int? Gathering = null,
    string? Description = null);
