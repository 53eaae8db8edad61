using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Protocol.Authentication;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Installations;

/// <summary>
/// Keeps the record of where the app is installed: conversationUpdate with the bot in membersAdded/membersRemoved,
/// installationUpdate add/remove, and team or channel deletion. People removed from a team are marked as having left it
/// (<see cref="Networks.TeamDepartures"/>). A new install gets a welcome (the help card). A person's new personal chat
/// touches the schedule stamp of each network she is in: a prompt that had no way to her team may go now.
/// </summary>
public sealed class InstallationHandler(
    IConversationInstallationRepository repository,
    INetworkRepository networks,
    IScheduleStamps stamps,
    HelpCard helpCard,
    LinkCommand link,
    TeamDepartures departures,
    BotText text,
    PersonLanguage language,
    TimeProvider time,
    ILogger<InstallationHandler> logger) : IConversationEvents
{
    public async Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var botId = activity.Recipient?.Id;
        var eventType = activity.ChannelData?.EventType;

        // An archived team is read-only but comes back on unarchive without a new install event: keep it active.
        if (eventType is "teamDeleted" or "teamHardDeleted" && activity.ChannelData?.Team?.Id is { } deletedTeam)
        {
            await RemoveTeamAsync(activity, deletedTeam, cancellationToken);
            return;
        }

        if (eventType == "channelDeleted" && activity.ChannelData?.Channel?.Id is { } deletedChannel && activity.TenantId is { } tenant)
        {
            await repository.MarkRemovedAsync(tenant, deletedChannel, time.GetUtcNow(), cancellationToken);
            return;
        }

        if (Contains(activity.MembersAdded, botId))
        {
            var stored = await InstallAsync(turn, cancellationToken);
            if (stored)
            {
                // A personal chat's welcome in the person's own language; a team's (everyone in the channel reads it) in the client's.
                var culture = activity.ChannelData?.Team?.Id is null ? await language.ForAsync(activity, cancellationToken) : BotLocale.From(activity.Locale);
                await SendCardAsync(turn, helpCard.Build(culture, activity.ChannelData?.Team?.Id is null ? HelpCard.Reason.WelcomePersonal : HelpCard.Reason.Welcome), cancellationToken);
                if (activity.ChannelData?.Team?.Id is not null)
                {
                    await SendCardAsync(turn, await link.BuildAsync(activity, new CardText(text, culture), cancellationToken), cancellationToken);
                }
            }
        }
        else if (Contains(activity.MembersRemoved, botId))
        {
            await RemoveAsync(activity, cancellationToken);
        }
        else if (activity.MembersRemoved is { Count: > 0 })
        {
            await departures.MarkAsync(activity, cancellationToken); // people who left a team: marked, not erased
        }
    }

    public async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (InstallationActions.IsAdd(turn.Activity.Action))
        {
            await InstallAsync(turn, cancellationToken);
        }
        else if (InstallationActions.IsRemove(turn.Activity.Action))
        {
            await RemoveAsync(turn.Activity, cancellationToken);
        }
    }

    private async Task<bool> InstallAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.TenantId is not { } tenantId || activity.Conversation?.Id is not { } conversationId
            || activity.ServiceUrl is not { } serviceUrl || activity.Recipient?.Id is not { } botId)
        {
            InstallationsLog.IncompleteInstall(logger, activity.Type ?? "-");
            return false;
        }

        var kind = ConversationInstallation.KindOf(activity.Conversation.ConversationType, activity.Conversation.IsGroup);
        var installation = new ConversationInstallation
        {
            TenantId = tenantId,
            ConversationId = conversationId,
            Kind = kind,
            ServiceUrl = serviceUrl,
            BotId = botId,
            TeamId = activity.ChannelData?.Team?.Id,
            TeamName = activity.ChannelData?.Team?.Name,
            ChannelId = kind == ConversationKind.Channel ? activity.ChannelData?.Channel?.Id ?? conversationId : null,
            UserId = kind == ConversationKind.Personal ? activity.From?.Id : null,
            UserAadObjectId = kind == ConversationKind.Personal ? activity.From?.AadObjectId : null,
            InstalledAt = time.GetUtcNow(),
            ServiceUrlVerified = turn.Auth.Status == BotAuthStatus.Authenticated,
        };
        await repository.SaveInstalledAsync(installation, cancellationToken);
        InstallationsLog.Installed(logger, kind, installation.ServiceUrlVerified);
        if (installation.UserAadObjectId is { } person)
        {
            foreach (var network in (await networks.FindMembershipsAsync(person, cancellationToken)).Select(m => m.NetworkId).Distinct(StringComparer.Ordinal))
            {
                await stamps.TouchAsync(network);
            }
        }

        return true;
    }

    private async Task RemoveAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.ChannelData?.Team?.Id is { } teamId)
        {
            await RemoveTeamAsync(activity, teamId, cancellationToken);
        }
        else if (activity.TenantId is { } tenantId && activity.Conversation?.Id is { } conversationId)
        {
            await repository.MarkRemovedAsync(tenantId, conversationId, time.GetUtcNow(), cancellationToken);
            InstallationsLog.Removed(logger, 1);
        }
    }

    private async Task RemoveTeamAsync(Activity activity, string teamId, CancellationToken cancellationToken)
    {
        if (activity.TenantId is not { } tenantId)
        {
            return;
        }

        var count = await repository.MarkTeamRemovedAsync(tenantId, teamId, time.GetUtcNow(), cancellationToken);
        InstallationsLog.Removed(logger, count);
    }

    private async Task SendCardAsync(TurnContext turn, System.Text.Json.Nodes.JsonObject card, CancellationToken cancellationToken)
    {
        var reply = turn.Activity.CreateReply();
        reply.ReplyToId = null;
        reply.Attachments = [Attachment.AdaptiveCard(card)];
        var sent = await turn.Connector.SendToConversationAsync(turn.Activity.ServiceUrl!, turn.Activity.Conversation!.Id!, reply, cancellationToken);
        if (!sent.IsSuccess)
        {
            InstallationsLog.WelcomeNotSent(logger, sent.Outcome, sent.ErrorCode ?? "-");
        }
    }

    private static bool Contains(IList<ChannelAccount>? members, string? id) =>
        id is not null && members is not null && members.Any(m => string.Equals(m.Id, id, StringComparison.Ordinal));
}
