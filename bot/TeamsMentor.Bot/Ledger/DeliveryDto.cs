using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Bot.Ledger;

/// <summary>One delivery in the ledger: to whom, what, where it stands (with the activity id once sent, the reason if not).</summary>
public sealed record DeliveryDto(
    string Target, string? Recipient, string Operation, string State, int Attempts, string? ActivityId, string? Reason, int? LastStatus,
    DateTimeOffset EnqueuedAt, DateTimeOffset? SentAt, DateTimeOffset UpdatedAt, DateTimeOffset? NextAttemptAt, int InDoubtResends)
{
    public static DeliveryDto From(DeliveryItem d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(d.Target.Key, d.Target.Recipient, d.Operation.ToString(), d.State.ToString(), d.Attempts, d.ActivityId, d.Reason, d.LastStatus,
            d.EnqueuedAt, d.SentAt, d.UpdatedAt, d.State is DeliveryState.Queued or DeliveryState.Retrying ? d.NextAttemptAt : null, d.InDoubtResends);
    }
}
