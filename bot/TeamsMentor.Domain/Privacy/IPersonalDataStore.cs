namespace TeamsMentor.Domain.Privacy;

/// <summary>
/// Every table's rows about one person: found for an export, erased on request. Scoped by network: an organizer's
/// request touches only her network's rows, and the rows shared across networks (the person's index, personal chat and
/// language) go only with <c>includeShared</c>. The network's plan (member, organizer, team references) is not here:
/// it changes through the network repository, like every plan edit.
/// </summary>
public interface IPersonalDataStore
{
    /// <summary>The person's personal-chat ids and Teams user ids as the installations know them.</summary>
    Task<DataSubject> CompleteAsync(DataSubject subject, CancellationToken cancellationToken);

    /// <summary>
    /// Every row in the networks' partitions (and, with <paramref name="includeShared"/>, the shared tables) that names
    /// the person, the plan's rows included.
    /// </summary>
    Task<IReadOnlyList<PersonalDataRow>> FindAsync(DataSubject subject, IReadOnlyCollection<string> networkIds, bool includeShared, CancellationToken cancellationToken);

    /// <summary>
    /// Erases the person from the networks' rows outside the plan: RSVPs and 1:1 deliveries go, attendance lists and
    /// task owners lose the id, names in reports, follow-ups and payloads become <see cref="ErasedPerson.Name"/>.
    /// Safe to repeat. Returns the counts and the rows changed (so cards showing them can be updated).
    /// </summary>
    Task<(ErasureCounts Counts, IReadOnlyList<PersonalDataRow> Touched)> EraseAsync(DataSubject subject, IReadOnlyCollection<string> networkIds, CancellationToken cancellationToken);

    /// <summary>Deletes the shared rows: the person's index rows, personal chats and language choice.</summary>
    Task<ErasureCounts> EraseSharedAsync(DataSubject subject, CancellationToken cancellationToken);

    /// <summary>Records that an erasure happened: when, by whom, in which scope, and the counts; nothing about the person.</summary>
    Task RecordErasureAsync(ErasureEvent erasure, CancellationToken cancellationToken);

    /// <summary>The erasures recorded, newest first.</summary>
    Task<IReadOnlyList<ErasureEvent>> ListErasuresAsync(CancellationToken cancellationToken);

    /// <summary>Every row of a network (its plan, reports, progress, follow-ups, open screen, attendance, evaluations): its archive.</summary>
    Task<IReadOnlyList<PersonalDataRow>> ReadNetworkAsync(string networkId, CancellationToken cancellationToken);

    /// <summary>
    /// Empties the content and the recipient's name of the network's deliveries last changed before
    /// <paramref name="sentBefore"/> and no longer waiting to be sent; their status stays. Returns how many were cleared.
    /// </summary>
    Task<int> ClearPayloadsAsync(string networkId, DateTimeOffset sentBefore, DateTimeOffset now, CancellationToken cancellationToken);
}
