using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Infrastructure.Delivery;

/// <summary>Opens <see cref="AnswerJournal"/>s (JSON lines on the local disk).</summary>
public sealed class AnswerJournalFactory : IAnswerJournalFactory
{
    public IAnswerJournal Open(string directory, string instance, string run) => new AnswerJournal(directory, instance, run);
}
