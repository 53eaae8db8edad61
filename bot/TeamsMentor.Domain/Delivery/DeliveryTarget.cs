namespace TeamsMentor.Domain.Delivery;

/// <summary>
/// Who gets one delivery: <see cref="Key"/> is unique within the wave (e.g. <c>team|nord-bodo</c>, <c>user|{aad}</c>) and
/// makes the delivery's idempotency key together with the wave id. <see cref="ConversationId"/> is the chat or thread to
/// post to, or the channel id for a new thread. <see cref="Recipient"/> is a display name for the organizers' ledger.
/// </summary>
public sealed record DeliveryTarget(
    string Key,
    string TenantId,
    string ServiceUrl,
    string ConversationId,
    string? Recipient = null);
