using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// "rapport" / "report": the team's current status report, where the person is. In a linked team channel, that team's
/// report card; in a personal chat, the report of the team the person is on, or a choice when they are on several
/// (each button opens that team's form). The card is the one the prompt brought: its button gives each person their own form.
/// </summary>
public sealed class ReportCommand(INetworkRepository networks, IStatusReportRepository reports, TimeProvider time) : ITextCommand
{
    public static IReadOnlyList<string> Words { get; } = ["rapport", "statusrapport", "report", "status report", "min rapport", "my report"];

    public async Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (activity, t) = (context.Activity, context.Text);
        var now = time.GetUtcNow();
        var teams = new List<(NetworkPlan Plan, NetworkTeam Team)>();
        if (ChannelAddress.ChannelId(activity) is { } channelId && activity.TenantId is { } tenant)
        {
            if (await networks.FindTeamByChannelAsync(tenant, channelId, cancellationToken) is { } linked
                && await networks.GetPlanAsync(linked.NetworkId, cancellationToken) is { } plan && plan.Teams.FirstOrDefault(x => x.Id == linked.TeamId) is { } team)
            {
                teams.Add((plan, team));
            }
            else
            {
                return NoticeCard.Build(t["Rapport_Title"], t["Plan_NotLinked"]);
            }
        }
        else if (activity.From?.AadObjectId is { } aad)
        {
            foreach (var membership in (await networks.FindMembershipsAsync(aad, cancellationToken)).Where(m => m.TeamId is not null))
            {
                if (await networks.GetPlanAsync(membership.NetworkId, cancellationToken) is { } plan && plan.Teams.FirstOrDefault(x => x.Id == membership.TeamId) is { } team)
                {
                    teams.Add((plan, team));
                }
            }
        }

        // Only reports that can be worked on now: the current or next gathering of each network.
        var open = teams.Select(x => (x.Plan, x.Team, Gathering: Deadlines.CurrentOrNext(x.Plan, now))).Where(x => x.Gathering is not null).ToList();
        if (open.Count == 0)
        {
            return NoticeCard.Build(t["Rapport_Title"], teams.Count == 0 ? t["Rapport_NoTeam"] : t["Rapport_NoneOpen"]);
        }

        if (open.Count > 1)
        {
            return ReportCommandCards.Choice(t, open!);
        }

        var (p, chosen, gathering) = open[0];
        var stored = await reports.GetAsync(p.Network.Id, chosen.Id, gathering!.Number, cancellationToken);
        return StatusReportCard.Shared(t, p, chosen, gathering, stored?.Value);
    }
}

/// <summary>The <c>rapport</c> command's choice of team, for a person on several.</summary>
public static class ReportCommandCards
{
    public static JsonObject Choice(CardText t, IReadOnlyList<(NetworkPlan Plan, NetworkTeam Team, Gathering? Gathering)> open)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(open);
        var title = t["Rapport_Title"];
        var actions = new JsonArray([.. open.Select(x => (JsonNode)Execute(
            open.Select(o => o.Plan.Network.Id).Distinct().Count() > 1 ? $"{x.Team.Name} ({x.Plan.Network.Name})" : x.Team.Name,
            ReportVerbs.Open, new ReportCardData(x.Plan.Network.Id, x.Team.Id, x.Gathering!.Number).ToJson()))]);
        return Card(title, new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Text(t["Rapport_Choose"])), actions);
    }
}
