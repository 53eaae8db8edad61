namespace TeamsMentor.Domain.Delivery;

/// <summary>What to record after an attempt: the new state, when to try next (for Retrying) and why.</summary>
public sealed record DeliveryDecision(DeliveryState State, DateTimeOffset NextAttemptAt, string? Reason);
