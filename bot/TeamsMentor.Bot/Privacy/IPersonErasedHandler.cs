using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Bot.Privacy;

/// <summary>
/// A feature's part in erasing a person from a network, after the rows are erased and before the plan changes: cards
/// already posted that showed the person are updated, and what the feature keeps by keyed hash is forgotten.
/// </summary>
public interface IPersonErasedHandler
{
    /// <param name="touched">The rows the erasure changed or deleted in this network (table and keys only).</param>
    Task OnErasedAsync(NetworkPlan plan, DataSubject subject, IReadOnlyList<PersonalDataRow> touched, DateTimeOffset now, CancellationToken cancellationToken);
}
