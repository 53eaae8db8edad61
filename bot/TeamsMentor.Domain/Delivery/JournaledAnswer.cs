namespace TeamsMentor.Domain.Delivery;

/// <summary>
/// Teams' answer to a post, written to the sender's local journal the moment it is read, before the (slower) outbox
/// write: if the process dies in between, its restart records the answer instead of sending the post again.
/// </summary>
/// <param name="Owner">The claim's owner (instance and run) the attempt was made under.</param>
/// <param name="Attempt">The delivery's attempt count after the claim: the answer belongs to that attempt only.</param>
public sealed record JournaledAnswer(string WaveId, string TargetKey, string Owner, int Attempt, AttemptResult Result);
