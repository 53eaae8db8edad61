using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Networks;

/// <summary>"min rolle" / "my role": the sender picks who they are on the team and ticks their roles.</summary>
public sealed class RoleCommand(TeamResolver resolver) : ITextCommand
{
    public static IReadOnlyList<string> Words { get; } = ["min rolle", "my role", "rolle", "role"];

    public async Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (activity, t) = (context.Activity, context.Text);
        var scope = await resolver.ResolveAsync(activity, cancellationToken);
        if (scope is null)
        {
            return NoticeCard.Build(t["Role_Title"], ChannelAddress.IsChannel(activity) ? t["Plan_NotLinked"] : t["Role_NoTeam"]);
        }

        var me = NetworkAccess.MemberOf(scope.Plan, scope.Team.Id, activity.From?.AadObjectId);
        return RoleCard.Build(t, scope.Plan, scope.Team, me);
    }
}
