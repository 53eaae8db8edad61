using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// "åpne evaluering" / "open evaluation": an organizer, in the room, opens the evaluation of the gathering under way in
/// the network(s) she organizes, as «Åpne evalueringen nå» in the workspace does (the plan's <c>evaluationOpens</c>
/// becomes this minute; the scheduler sends the card on its next pass). Refused, with the reason, to anyone else.
/// </summary>
public sealed class OpenEvaluationCommand(INetworkRepository networks, TimeProvider time) : ITextCommand
{
    public static IReadOnlyList<string> Words { get; } = ["åpne evaluering", "åpne evalueringen", "open evaluation", "open the evaluation"];

    public async Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (activity, t) = (context.Activity, context.Text);
        var title = t["Eval_CommandTitle"];
        if (activity.From?.AadObjectId is not { } aad)
        {
            return NoticeCard.Build(title, t["Eval_OpenOnlyOrganizers"]);
        }

        var organizes = (await networks.FindMembershipsAsync(aad, cancellationToken)).Where(m => m.IsOrganizer).Select(m => m.NetworkId).Distinct().ToList();
        if (organizes.Count == 0)
        {
            return NoticeCard.Build(title, t["Eval_OpenOnlyOrganizers"]);
        }

        var now = time.GetUtcNow();
        foreach (var networkId in organizes)
        {
            if (await networks.GetVersionedPlanAsync(networkId, cancellationToken) is not { } current
                || current.Value.Gatherings.FirstOrDefault(g => g.Start <= now && now < g.End) is not { } gathering)
            {
                continue;
            }

            // The same edit as the workspace's button, validated as an import and saved at the version read.
            var plan = current.Value;
            var (edited, refusal) = PlanEdits.Apply(plan, document => EvaluationOpening.Edit(document, plan, gathering.Number, now));
            if (refusal is not null)
            {
                return NoticeCard.Build(title, t.Format("Eval_OpenAlready", gathering.Number)); // under way, so the only refusal left is "open already"
            }

            var (outcome, _) = edited!.IsValid
                ? await networks.ImportAsync(edited.Plan!, current.Version, ImportMode.Exact, cancellationToken)
                : (WriteOutcome.Failed, null);
            return NoticeCard.Build(title, outcome == WriteOutcome.Saved
                ? t.Format("Eval_OpenDone", gathering.Number, plan.Network.Name)
                : t["Eval_OpenTryAgain"]);
        }

        return NoticeCard.Build(title, t["Eval_OpenNoGathering"]);
    }
}
