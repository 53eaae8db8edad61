using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Networks;

/// <summary>
/// <c>team.link</c>: an organizer of the chosen network links this channel to a team (the team's members then come
/// from the channel roster, and the invites of open screens already scheduled arrive) or makes it the network's
/// organizers' channel; the card is updated for everyone in the channel.
/// </summary>
public sealed class LinkAction(
    INetworkRepository networks,
    RosterSync roster,
    IEnumerable<ITeamChannelLinked> linkedHandlers,
    TimeProvider time,
    ILogger<LinkAction> logger) : ICardAction
{
    public static IReadOnlyList<string> Verbs { get; } = [NetworkVerbs.TeamLink];

    public async Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (turn, action, t) = (context.Turn, context.Action, context.Text);
        var activity = turn.Activity;
        if (!ChannelAddress.IsChannel(activity) || ChannelAddress.ChannelId(activity) is not { } channelId
            || activity.TenantId is not { } tenant || activity.ServiceUrl is not { } serviceUrl)
        {
            return InvokeResponse.Card(NoticeCard.Build(t["Link_Title"], t["Link_NotInChannel"]));
        }

        var all = await networks.GetAllPlansAsync(cancellationToken);
        var plans = NetworkAccess.OrganizedBy(all, activity.From?.AadObjectId);
        var choice = CardIds.Optional(action, LinkCard.TeamInput, out var picked) ? picked : null; // "network/team"
        var parts = choice?.Split('/') ?? [];
        var plan = parts.Length == 2 ? all.FirstOrDefault(p => p.Network.Id == parts[0]) : null;
        if (plan is not null && parts[1] == LinkCard.OrganizersChoice)
        {
            return await LinkOrganizersAsync(turn, t, plan, plans, choice!, tenant, channelId, serviceUrl, cancellationToken);
        }

        var team = plan?.Teams.FirstOrDefault(x => x.Id == parts[1]);
        if (plan is null || team is null)
        {
            return InvokeResponse.Card(LinkCard.Build(t, plans, error: t["Link_UnknownTeam"]));
        }

        if (!plan.Network.IsOrganizer(activity.From?.AadObjectId))
        {
            NetworksLog.NotOrganizer(logger, plan.Network.Id);
            return InvokeResponse.Card(LinkCard.Build(t, plans, selected: choice, error: t.Format("Link_OnlyOrganizers", plan.Network.Name)));
        }

        if (await networks.FindTeamByChannelAsync(tenant, channelId, cancellationToken) is { } linked && linked.NetworkId != plan.Network.Id
            && all.FirstOrDefault(p => p.Network.Id == linked.NetworkId) is { } other && !other.Network.IsOrganizer(activity.From?.AadObjectId))
        {
            var otherTeam = other.Teams.FirstOrDefault(x => x.Id == linked.TeamId)?.Name ?? linked.TeamId;
            return InvokeResponse.Card(LinkCard.Build(t, plans, selected: choice, error: t.Format("Link_OtherNetwork", otherTeam, other.Network.Name)));
        }

        if (all.FirstOrDefault(p => p.Network.OrganizerChannel?.ChannelId == channelId && p.Network.OrganizerChannel.TenantId == tenant) is { } organizersOf)
        {
            return InvokeResponse.Card(LinkCard.Build(t, plans, selected: choice, error: t.Format("Link_IsOrganizerChannel", organizersOf.Network.Name)));
        }

        // The channel's people join the team first, then the channel is linked: the scheduler, which may run at any moment,
        // never sees the link without the members it brings (their 1:1 prompts would be missed).
        var members = await roster.SyncAsync(plan, team.Id, serviceUrl, channelId, cancellationToken);
        var link = new ChannelLink(tenant, activity.ChannelData?.Team?.Id ?? channelId, channelId, serviceUrl, time.GetUtcNow(), activity.From?.Name);
        if (!await SetChannelAsync(plan.Network.Id, team.Id, link, cancellationToken))
        {
            return InvokeResponse.Card(LinkCard.Build(t, plans, selected: choice, error: t["Link_Conflict"]));
        }

        var fresh = await networks.GetPlanAsync(plan.Network.Id, cancellationToken) ?? plan;
        foreach (var handler in linkedHandlers)
        {
            await handler.OnLinkedAsync(fresh, team.Id, time.GetUtcNow(), cancellationToken); // e.g. open screens scheduled before the link
        }

        var card = LinkCard.Linked(t, fresh, team, members, activity.From?.Name);
        await UpdateForEveryoneAsync(turn, card, cancellationToken);
        NetworksLog.Linked(logger, plan.Network.Id, team.Id, members);
        return InvokeResponse.Card(card);
    }

    /// <summary>The channel becomes the network's organizers' channel (where the status-report digest goes); not a team's channel too.</summary>
    private async Task<InvokeResponse> LinkOrganizersAsync(TurnContext turn, CardText t, NetworkPlan plan, IReadOnlyList<NetworkPlan> plans, string choice,
        string tenant, string channelId, string serviceUrl, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!plan.Network.IsOrganizer(activity.From?.AadObjectId))
        {
            NetworksLog.NotOrganizer(logger, plan.Network.Id);
            return InvokeResponse.Card(LinkCard.Build(t, plans, selected: choice, error: t.Format("Link_OnlyOrganizers", plan.Network.Name)));
        }

        if (await networks.FindTeamByChannelAsync(tenant, channelId, cancellationToken) is { } linked)
        {
            var name = (await networks.GetTeamAsync(linked.NetworkId, linked.TeamId, cancellationToken))?.Value.Name ?? linked.TeamId;
            return InvokeResponse.Card(LinkCard.Build(t, plans, selected: choice, error: t.Format("Link_IsTeamChannel", name)));
        }

        var link = new ChannelLink(tenant, activity.ChannelData?.Team?.Id ?? channelId, channelId, serviceUrl, time.GetUtcNow(), activity.From?.Name);
        if (await networks.SetOrganizerChannelAsync(plan.Network.Id, link, cancellationToken) != WriteOutcome.Saved)
        {
            return InvokeResponse.Card(LinkCard.Build(t, plans, selected: choice, error: t["Link_UnknownTeam"]));
        }

        var card = LinkCard.LinkedOrganizers(t, plan, activity.From?.Name);
        await UpdateForEveryoneAsync(turn, card, cancellationToken);
        NetworksLog.LinkedOrganizers(logger, plan.Network.Id);
        return InvokeResponse.Card(card);
    }

    private async Task<bool> SetChannelAsync(string networkId, string teamId, ChannelLink link, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = await networks.GetTeamAsync(networkId, teamId, cancellationToken);
            if (current is null)
            {
                return false;
            }

            if (await networks.SetChannelAsync(networkId, teamId, link, current.Version, cancellationToken) == WriteOutcome.Saved)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The invoke's card reaches only the person who acted; a message update shows the result to the channel.</summary>
    private async Task UpdateForEveryoneAsync(TurnContext turn, JsonObject card, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.ReplyToId is not { } messageId || activity.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        var update = activity.CreateReply();
        update.Id = messageId;
        update.ReplyToId = null;
        update.Attachments = [Attachment.AdaptiveCard(card)];
        var result = await turn.Connector.UpdateActivityAsync(activity.ServiceUrl!, conversationId, messageId, update, cancellationToken);
        if (!result.IsSuccess)
        {
            NetworksLog.UpdateFailed(logger, result.Outcome, result.ErrorCode ?? "-");
        }
    }
}
