using TeamsMentor.Bot.Privacy;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// An erased person's pending markers go from the evaluations still open to answers (their key is computed from the
/// person, so only now can it be found); answers stay, since none can be told apart as theirs.
/// </summary>
public sealed class EvaluationErasureHandler(IEvaluationRepository evaluations, RespondentKeys keys) : IPersonErasedHandler
{
    public async Task OnErasedAsync(NetworkPlan plan, DataSubject subject, IReadOnlyList<PersonalDataRow> touched, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.AadObjectIds.Count == 0)
        {
            return; // never in Teams: never invited by key
        }

        foreach (var (gathering, isSealed) in await evaluations.OpenedAsync(plan.Network.Id, cancellationToken))
        {
            foreach (var aad in isSealed ? [] : subject.AadObjectIds)
            {
                await evaluations.ForgetPendingAsync(plan.Network.Id, gathering, keys.PendingKey(plan.Network.Id, gathering, aad), cancellationToken);
            }
        }
    }
}
