namespace TeamsMentor.Domain.Delivery;

/// <summary>The result of enqueuing a wave: how many deliveries were added now, and whether the wave existed before.</summary>
public sealed record EnqueueOutcome(int Added, bool AlreadyExisted);
