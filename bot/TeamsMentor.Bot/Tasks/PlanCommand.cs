using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Bot.Tasks;

/// <summary>"plan" / "min plan": the team's next gathering, the status-report deadline and the open tasks with their state.</summary>
public sealed class PlanCommand(TeamResolver resolver, ITeamProgressRepository progress, TimeProvider time) : ITextCommand
{
    public static IReadOnlyList<string> Words { get; } = ["plan", "min plan", "my plan"];

    public async Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (activity, t) = (context.Activity, context.Text);
        var scope = await resolver.ResolveAsync(activity, cancellationToken);
        if (scope is null)
        {
            return NoticeCard.Build(t["Plan_NextGathering"], ChannelAddress.IsChannel(activity) ? t["Plan_NotLinked"] : t["Plan_NoTeam"]);
        }

        var rows = await progress.GetTeamAsync(scope.NetworkId, scope.Team.Id, cancellationToken);
        var note = scope.TeamCount > 1 ? t.Format("Plan_SeveralTeams", scope.Team.Name) : null;
        return PlanCard.Build(t, scope.Plan, scope.Team, [.. rows.Select(r => r.Value)], time.GetUtcNow(), note);
    }
}
