namespace TeamsMentor.Domain.Delivery;

/// <summary>Opens the answer journal of one sender run.</summary>
public interface IAnswerJournalFactory
{
    /// <param name="directory">The journals' root; each instance writes in its own folder below it.</param>
    /// <param name="instance">This instance's name (stable across restarts).</param>
    /// <param name="run">This process's run id (unique).</param>
    IAnswerJournal Open(string directory, string instance, string run);
}
