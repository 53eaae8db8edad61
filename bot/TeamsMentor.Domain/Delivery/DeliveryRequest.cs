namespace TeamsMentor.Domain.Delivery;

/// <summary>One message to enqueue: the target, what to do, and the activity JSON to send (composed when enqueued).</summary>
public sealed record DeliveryRequest(DeliveryTarget Target, DeliveryOperation Operation, string ActivityJson);
