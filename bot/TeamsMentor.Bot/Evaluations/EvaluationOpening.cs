using TeamsMentor.Bot.Networks;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// Opening a gathering's evaluation now, in the room: the workspace's «Åpne evalueringen nå» and the «åpne evaluering»
/// command make the same plan edit (the gathering's <c>evaluationOpens</c> becomes this minute) under the same rules.
/// </summary>
public static class EvaluationOpening
{
    /// <summary>Why the evaluation cannot be opened now: no such gathering, it has not started, or it is open already.</summary>
    public static PlanRefusal? Refusal(NetworkPlan plan, int number, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var args = new Dictionary<string, object?> { ["number"] = number };
        if (plan.GatheringNumber(number) is not { } gathering)
        {
            return new PlanRefusal(ProblemCodes.PlanChangeNotPossible, $"There is no gathering {number}.");
        }

        return now < gathering.Start
            ? new PlanRefusal(ProblemCodes.EvaluationGatheringNotStarted, $"Gathering {number} has not started: its evaluation opens in the room, not before.", args)
            : now >= Deadlines.EvaluationOpens(plan.Network, gathering)
                ? new PlanRefusal(ProblemCodes.EvaluationAlreadyOpen, $"The evaluation of gathering {number} is open already (or has closed).", args)
                : null;
    }

    /// <summary>The edit on the plan document: the refusal, or the gathering's <c>evaluationOpens</c> set to this minute.</summary>
    public static PlanRefusal? Edit(System.Text.Json.Nodes.JsonObject document, NetworkPlan plan, int number, DateTimeOffset now) =>
        Refusal(plan, number, now) ?? PlanEdits.SetEvaluationOpens(document, number, NetworkClock.ToLocal(now, plan.Network.Zone));
}
