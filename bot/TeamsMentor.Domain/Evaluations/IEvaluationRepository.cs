
namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// Evaluation answers, stored under a respondent's answer key (<see cref="RespondentKeys"/>) and nothing that names
/// them; the pending markers of who has not answered (for reminders), under a separate key; and how many were invited.
/// A network is one partition, so results and exports are one query.
/// </summary>
public interface IEvaluationRepository
{
    /// <summary>The answer stored under <paramref name="answerKey"/>, or null.</summary>
    Task<EvaluationAnswer?> GetAnswerAsync(string networkId, int gathering, string answerKey, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the answer (replacing the earlier one under the same key) and removes the pending marker in the same
    /// transaction: either both happen or neither does.
    /// </summary>
    Task SaveAnswerAsync(string networkId, string answerKey, string pendingKey, EvaluationAnswer answer, CancellationToken cancellationToken);

    /// <summary>Every answer of the network, or of one gathering.</summary>
    Task<IReadOnlyList<EvaluationAnswer>> ListAnswersAsync(string networkId, int? gathering, CancellationToken cancellationToken);

    /// <summary>
    /// Opens a gathering's evaluation once: a pending marker for everyone invited, then the invited count per
    /// municipality. False when it was opened before (nothing is written again).
    /// </summary>
    Task<bool> OpenAsync(string networkId, int gathering, IReadOnlyCollection<string> pendingKeys, IReadOnlyDictionary<string, int> invitedByMunicipality,
        CancellationToken cancellationToken);

    /// <summary>The pending keys still there (people invited who have not answered).</summary>
    Task<IReadOnlySet<string>> PendingAsync(string networkId, int gathering, CancellationToken cancellationToken);

    /// <summary>The live snapshot shown on the big screen for a gathering, with its version; null before the first.</summary>
    Task<(LiveSnapshot? Snapshot, string? Version)> GetLiveAsync(string networkId, int gathering, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a newer snapshot if the stored one is still at <paramref name="version"/> (null: none stored yet). False when
    /// another request stored one meanwhile (read it again).
    /// </summary>
    Task<bool> SaveLiveAsync(string networkId, LiveSnapshot snapshot, string? version, CancellationToken cancellationToken);

    /// <summary>How many were invited to each opened gathering's evaluation, per municipality.</summary>
    Task<IReadOnlyDictionary<int, IReadOnlyDictionary<string, int>>> InvitedAsync(string networkId, CancellationToken cancellationToken);

    /// <summary>The gatherings whose evaluation was opened, each with whether it has been sealed.</summary>
    Task<IReadOnlyDictionary<int, bool>> OpenedAsync(string networkId, CancellationToken cancellationToken);

    /// <summary>
    /// Seals a closed evaluation: every answer of the gathering is moved under a random key (its keyed row deleted in
    /// the same transaction), every pending marker is deleted, and the evaluation is recorded as sealed at
    /// <paramref name="now"/>. After that no answer can be linked to a person, not even with the secret. Safe to
    /// repeat (a seal cut short is finished). Returns how many answers were moved.
    /// </summary>
    Task<int> SealAsync(string networkId, int gathering, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes one pending marker (an erased person's); nothing happens when there is none.</summary>
    Task ForgetPendingAsync(string networkId, int gathering, string pendingKey, CancellationToken cancellationToken);
}
