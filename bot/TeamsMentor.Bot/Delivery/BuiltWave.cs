using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Bot.Delivery;

/// <summary>A wave ready to enqueue: the wave row and its deliveries (each with its card composed).</summary>
public sealed record BuiltWave(WaveRequest Wave, IReadOnlyList<DeliveryRequest> Deliveries);
