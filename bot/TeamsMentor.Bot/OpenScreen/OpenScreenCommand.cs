using System.Text.Json.Nodes;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>"åpen skjerm" / "open screen": an organizer gets the scheduling form, "which network?", or why not here.</summary>
public sealed class OpenScreenCommand(INetworkRepository networks, OpenScreenForms forms, AccessService access) : ITextCommand
{
    public static IReadOnlyList<string> Words { get; } =
        ["åpen skjerm", "apen skjerm", "aapen skjerm", "ny åpen skjerm", "planlegg åpen skjerm", "open screen", "new open screen", "schedule open screen"];

    public async Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (activity, t) = (context.Activity, context.Text);
        var all = await networks.GetAllPlansAsync(cancellationToken);
        var plans = all.Where(p => access.CanAdminister(activity.From?.AadObjectId, p.Network)).ToList();
        if (plans.Count == 0)
        {
            return NoticeCard.Build(t["Os_FormTitle"], t["Os_OrganizersOnly"]);
        }

        if (ChannelAddress.ChannelId(activity) is { } channel && all.Any(p => p.Teams.Any(x => x.Channel?.ChannelId == channel)))
        {
            return NoticeCard.Build(t["Os_FormTitle"], t["Os_NotInTeamChannel"]); // participants would see the organizer's form
        }

        return plans.Count > 1 ? OpenScreenFormCard.ChooseNetwork(t, plans) : await forms.NewAsync(t, plans[0], OpenScreenForms.NoInput, [], null, cancellationToken);
    }
}
