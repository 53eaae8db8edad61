using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Networks;

/// <summary>"koble" / "link" in a team channel: the card to link it to a municipality team (also posted when the app is added to a team).</summary>
public sealed class LinkCommand(INetworkRepository networks, TeamResolver resolver) : ITextCommand
{
    public static IReadOnlyList<string> Words { get; } = ["koble", "link", "koble kanal", "link channel"];

    public Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return BuildAsync(context.Activity, context.Text, cancellationToken);
    }

    /// <summary>The link card for the channel the activity comes from, listing only the networks the sender organizes; else why not.</summary>
    public async Task<JsonObject> BuildAsync(Activity activity, CardText t, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(t);
        if (!ChannelAddress.IsChannel(activity))
        {
            return NoticeCard.Build(t["Link_Title"], t["Link_NotInChannel"]);
        }

        var all = await networks.GetAllPlansAsync(cancellationToken);
        if (all.Count == 0)
        {
            return NoticeCard.Build(t["Link_Title"], t["Link_NoNetworks"]);
        }

        // Only the networks the sender organizes: others' teams are none of their business.
        var plans = NetworkAccess.OrganizedBy(all, activity.From?.AadObjectId);
        if (plans.Count == 0)
        {
            return NoticeCard.Build(t["Link_Title"], t["Link_NotOrganizerAnywhere"]);
        }

        var scope = await resolver.ResolveAsync(activity, cancellationToken);
        return LinkCard.Build(t, plans, scope?.Team.Name, scope is null ? null : $"{scope.NetworkId}/{scope.Team.Id}");
    }
}
