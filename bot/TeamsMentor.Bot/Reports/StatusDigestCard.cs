using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The organizers' digest after a status-report deadline: who submitted (by whom, when), who is missing (draft or not
/// started, and whom to ask), and the figures table per municipality beside the national turnover reference.
/// </summary>
public static class StatusDigestCard
{
    public static JsonObject Build(CardText t, NetworkPlan plan, Gathering gathering, IReadOnlyList<StatusReport> reports)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(gathering);
        ArgumentNullException.ThrowIfNull(reports);
        var zone = plan.Network.Zone;
        var forGathering = reports.Where(r => r.Gathering == gathering.Number).ToDictionary(r => r.TeamId, StringComparer.Ordinal);
        var submitted = plan.Teams.Where(x => forGathering.GetValueOrDefault(x.Id)?.State == StatusReportState.Submitted).ToList();
        var missing = plan.Teams.Except(submitted).ToList();

        var title = t.Format("Digest_Title", gathering.Number);
        var body = new JsonArray(
            Text(title, size: "Medium", weight: "Bolder"),
            Text(t.Format("Digest_Intro", t.StatusDeadline(plan.Network, gathering), submitted.Count, plan.Teams.Count)));

        if (submitted.Count > 0)
        {
            body.Add(Text(t["Digest_Submitted"], weight: "Bolder", spacing: "Medium"));
            body.Add(Facts(submitted.Select(x => forGathering[x.Id] is { SubmittedBy: { } by, SubmittedAt: { } at }
                ? (x.Name, t.Format("Digest_SubmittedBy", by, t.DateTime(at, zone)))
                : (x.Name, t["Digest_SubmittedUnknown"]))));
        }

        if (missing.Count > 0)
        {
            body.Add(Text(t["Digest_Missing"], weight: "Bolder", spacing: "Medium"));
            body.Add(Facts(missing.Select(x => (x.Name, Missing(t, plan, x, forGathering.GetValueOrDefault(x.Id))))));
        }
        else
        {
            body.Add(Good(t["Digest_AllIn"]));
        }

        var (municipalities, network) = FiguresTable.Build(plan, reports);
        body.Add(Text(t["Digest_Figures"], weight: "Bolder", spacing: "Medium"));
        body.Add(Facts(municipalities.Append(network).Select(row => (row.Name, Figures(t, row)))));
        body.Add(Text(t.Format("Digest_Reference", Percent(t, FiguresTable.NationalTurnoverReference)), subtle: true));
        return Card(title, body);
    }

    private static string Missing(CardText t, NetworkPlan plan, NetworkTeam team, StatusReport? report)
    {
        var state = report is { State: StatusReportState.Draft, LastEditedBy: { } by }
            ? t.Format("Digest_Draft", by)
            : t["Digest_NotStarted"];
        return plan.ContactOf(team) is { } contact ? t.Format("Digest_AskContact", state, contact.Name) : state;
    }

    private static string Figures(CardText t, FiguresRow row)
    {
        if (row.TeamsReporting == 0)
        {
            return t["Digest_NoFigures"];
        }

        var f = row.Figures;
        var turnover = row.Turnover is { } value ? Percent(t, value) : "–";
        return t.Format("Digest_FiguresRow", f.Mentors, f.MentorsTrained, f.NewHiresWithMentor, f.NewHiresWithMentorQuit, turnover, row.TeamsReporting, row.Teams);
    }

    private static string Percent(CardText t, decimal share) => share.ToString("P0", t.Culture);
}
