namespace TeamsMentor.Domain.Delivery;

/// <summary>
/// The sender's local journal of Teams' answers (see <see cref="JournaledAnswer"/>): appended the moment an answer is
/// read, read back by the next run of the same instance, so a post Teams accepted is recorded instead of sent again.
/// </summary>
public interface IAnswerJournal : IDisposable
{
    /// <summary>How many answers the disk refused so far (the sender carries on without the journal's protection).</summary>
    int Failures { get; }

    /// <summary>Appends one answer. False when the disk refused it.</summary>
    bool Append(JournaledAnswer answer);

    /// <summary>The answers earlier runs of this instance journaled.</summary>
    IReadOnlyList<JournaledAnswer> ReadEarlierRuns();

    /// <summary>Deletes the earlier runs' journals once their answers are recorded.</summary>
    void ForgetEarlierRuns();
}
