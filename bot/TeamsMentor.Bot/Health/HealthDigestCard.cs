using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Health;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Tasks;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Health;

/// <summary>The organizers' weekly health digest: who has stalled and why, and how many teams are where on each count.</summary>
public static class HealthDigestCard
{
    public static JsonObject Build(CardText t, NetworkPlan plan, HealthReport health, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(health);
        var week = ISOWeek.GetWeekOfYear(NetworkClock.ToLocal(now, NetworkPlanRules.SafeZone(plan.Network)));
        var title = t.Format("Health_DigestTitle", week);
        var body = new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Text(plan.Network.Name, subtle: true, spacing: "None"));
        var stalled = health.Teams.Where(h => h.Stalled).ToList();
        var count = health.Teams.Count;
        body.Add(Text(stalled.Count == 0 ? t["Health_NoneStalled"] : t.Format("Health_SomeStalled", stalled.Count, count), weight: "Bolder", spacing: "Medium"));
        if (stalled.Count > 0)
        {
            body.Add(Text(string.Join("\n", stalled.Select(h => "- " + t.Format("Health_Team", plan.Teams.First(x => x.Id == h.TeamId).Name,
                string.Join(", ", h.Reasons.Select(r => Reason(t, r, h))))))));
        }

        var facts = new List<(string, string)>();
        if (health.NextGathering is { } next)
        {
            facts.Add((t.Format("Health_Reports", next), t.Format("Health_OfTeams", health.Teams.Count(h => h.Report == HealthReportState.Submitted), count)));
        }

        if (health.ProgressPeriod is { } period)
        {
            facts.Add((t.Format("Health_Plans", period), t.Format("Health_OfTeams", health.Teams.Count(h => h.ProgressPlan == ProgressPlanState.Made), count)));
        }

        if (health.LastGathering is { } last && health.NextGathering is not null)
        {
            facts.Add((t.Format("Health_FollowUps", last), t.Format("Health_OfTeams", health.Teams.Count(h => h.FollowUp == HealthFollowUp.Held), count)));
        }

        facts.Add((t["Health_Overdue"], t.Format("Health_OfTeams", health.Teams.Count(h => h.OverdueTasks > 0), count)));
        body.Add(Facts(facts));
        body.Add(Text(t["Health_Where"], subtle: true));
        return Card(title, body);
    }

    public static string Reason(CardText t, StalledReason reason, TeamHealth health)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(health);
        return reason switch
        {
            StalledReason.NoActivity => t.Format("Health_Reason_NoActivity", health.QuietDays ?? 0),
            StalledReason.TasksOverdue => t.Format("Health_Reason_TasksOverdue", health.OverdueTasks),
            _ => t["Health_Reason_" + reason],
        };
    }
}
