using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Reports;

/// <summary>The status-report card in a team's channel, brought up to date with the report as stored (after a save, or an erasure).</summary>
public static class ReportChannelCard
{
    /// <summary>
    /// Queues the update of everyone's copy of the channel card (in the network's language, like the prompt). False when
    /// the team has no channel, so nothing was posted there.
    /// </summary>
    public static async Task<bool> UpdateAsync(IDeliveryStore deliveries, BotText text, NetworkPlan plan, NetworkTeam team, Gathering gathering, StatusReport report,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(gathering);
        if (team.Channel is not { } link)
        {
            return false;
        }

        var channel = new CardText(text, BotLocale.From(plan.Network.DefaultLocale));
        var shared = CardActivity.Json(StatusReportCard.Shared(channel, plan, team, gathering, report), channel);
        await deliveries.EnqueueCardUpdateAsync(plan.Network.Id, DeliveryKeys.StatusPrompt(plan.Network.Id, gathering.Number, team.Id), DeliveryTargets.TeamChannel(team, link),
            shared, now, cancellationToken);
        return true;
    }
}
