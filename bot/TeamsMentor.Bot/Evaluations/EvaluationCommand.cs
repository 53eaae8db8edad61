using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// "evaluering" / "evaluation": the evaluation open now in the person's networks (a team's in a linked channel), as the
/// card the scheduler sends, whose button gives each person their own form. For people the app could not reach 1:1:
/// the big screen's QR code opens a chat with the app with this word typed in.
/// </summary>
public sealed class EvaluationCommand(INetworkRepository networks, TimeProvider time) : ITextCommand
{
    public static IReadOnlyList<string> Words { get; } = ["evaluering", "evaluer", "evaluation", "evaluate", "min evaluering", "my evaluation"];

    public async Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (activity, t) = (context.Activity, context.Text);
        var now = time.GetUtcNow();
        var networkIds = new List<string>();
        if (ChannelAddress.ChannelId(activity) is { } channelId && activity.TenantId is { } tenant)
        {
            if (await networks.FindTeamByChannelAsync(tenant, channelId, cancellationToken) is { } linked)
            {
                networkIds.Add(linked.NetworkId);
            }
        }
        else if (activity.From?.AadObjectId is { } aad)
        {
            networkIds.AddRange((await networks.FindMembershipsAsync(aad, cancellationToken)).Where(m => m.TeamId is not null).Select(m => m.NetworkId).Distinct());
        }

        foreach (var networkId in networkIds)
        {
            if (await networks.GetPlanAsync(networkId, cancellationToken) is { } plan
                && EvaluationRules.OpenNow(plan, now) is { } gathering)
            {
                return EvaluationCard.Shared(t, plan, gathering, reminder: false);
            }
        }

        return NoticeCard.Build(t["Eval_CommandTitle"], networkIds.Count == 0 ? t["Eval_CommandNoTeam"] : t["Eval_CommandNoneOpen"]);
    }
}
