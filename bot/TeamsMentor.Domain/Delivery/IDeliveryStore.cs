namespace TeamsMentor.Domain.Delivery;

/// <summary>
/// The durable outbox and delivery ledger. A wave and its deliveries are written once (idempotent by wave id and
/// target key); senders claim a delivery with its version (the attempt is recorded before the request goes out) and
/// record the result with the version they claimed it at, so two instances never send the same delivery at once.
/// </summary>
public interface IDeliveryStore
{
    /// <summary>Adds a wave and its deliveries. Repeating it (a restart, a second instance) adds nothing new.</summary>
    Task<EnqueueOutcome> EnqueueAsync(WaveRequest wave, IReadOnlyList<DeliveryRequest> deliveries, CancellationToken cancellationToken);

    /// <summary>Replaces a sent card (or the content of one not yet sent). NotFound when there is nothing to update.</summary>
    Task<Storage.WriteOutcome> EnqueueUpdateAsync(string waveId, string targetKey, string activityJson, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces a card without reading it first (two writes: the update row, then the wave opened): the message and
    /// thread are found when the update is sent, from the card's own delivery; one that never went out is not updated.
    /// <paramref name="target"/> is where the card was sent as the caller knows it (tenant, service, channel: what the
    /// senders pace by). For the busiest path (a status-report save); <see cref="EnqueueUpdateAsync"/> when the caller
    /// must know whether there is a card.
    /// </summary>
    Task EnqueueCardUpdateAsync(string networkId, string waveId, DeliveryTarget target, string activityJson, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the message a wave sent to <paramref name="target"/> (its key; the message and thread are found when the
    /// delete is sent, from that delivery). Nothing happens for a message that never went out, or a wave that does not exist.
    /// </summary>
    Task EnqueueCardDeleteAsync(string networkId, string waveId, DeliveryTarget target, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deliveries whose time has come (queued, retrying, or claimed by a sender whose claim ran out), oldest waves first.</summary>
    Task<IReadOnlyList<DeliveryItem>> FetchDueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Claims a delivery for one attempt (records the attempt). Null when someone else changed it first.</summary>
    Task<DeliveryItem?> TryClaimAsync(DeliveryItem item, string owner, DateTimeOffset now, DateTimeOffset claimUntil, CancellationToken cancellationToken);

    /// <summary>Records an attempt's result on a claimed delivery. Conflict when the claim was lost meanwhile.</summary>
    Task<Storage.WriteOutcome> RecordAsync(DeliveryItem claimed, DeliveryDecision decision, AttemptResult result, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The deliveries an earlier run of this instance had claimed and not recorded (it died; their result is unknown here).</summary>
    Task<IReadOnlyList<DeliveryItem>> FindStaleClaimsAsync(string instance, string currentOwner, CancellationToken cancellationToken);

    /// <summary>Puts a claimed delivery back in line at once. Conflict when it changed meanwhile.</summary>
    Task<Storage.WriteOutcome> ReleaseClaimAsync(DeliveryItem claimed, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>One delivery, or null.</summary>
    Task<DeliveryItem?> GetAsync(string waveId, string targetKey, CancellationToken cancellationToken);

    Task<IReadOnlyList<WaveSummary>> ListWavesAsync(string networkId, CancellationToken cancellationToken);

    /// <summary>A wave's deliveries (without their content), or null when the wave is not this network's.</summary>
    Task<IReadOnlyList<DeliveryItem>?> GetWaveAsync(string networkId, string waveId, CancellationToken cancellationToken);

    /// <summary>Every wave of a network with when it was enqueued: what the scheduler has already done.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> GetWaveTimesAsync(string networkId, CancellationToken cancellationToken);

    Task<int> CountDeadLettersAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes or renews the named lease for <paramref name="instance"/> until now + duration. True when held. A lease held
    /// by another instance is taken only after it ran out; the same instance (restarted) takes it back at once.
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(string name, string instance, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken);
}
