using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// A wave ready to enqueue: the wave row and its deliveries (each with its card composed), and the earlier wave whose
/// messages to the same recipients it replaces (deleted when this one is enqueued, so reminders do not stack up).
/// </summary>
public sealed record BuiltWave(WaveRequest Wave, IReadOnlyList<DeliveryRequest> Deliveries, string? Replaces = null);
