using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Tasks;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Tasks;

/// <summary>"Plan": the team's next gathering, the status-report deadline, and the open tasks with their state.</summary>
public static class PlanCard
{
    public static JsonObject Build(CardText t, NetworkPlan plan, NetworkTeam team, IReadOnlyList<TeamTaskProgress> progress, DateTimeOffset now, string? note = null)
    {
        var zone = NetworkPlanRules.SafeZone(plan.Network);
        var body = new JsonArray(
            Text(t.Format("Plan_Title", team.Name), size: "Medium", weight: "Bolder"),
            Text(plan.Network.Name, subtle: true, spacing: "None"));
        if (note is not null)
        {
            body.Add(Text(note, subtle: true));
        }

        var next = Deadlines.CurrentOrNext(plan, now);
        if (next is null)
        {
            body.Add(Text(t.Format("Plan_Finished", plan.Network.Name)));
            return Card(t.Format("Plan_Finished", plan.Network.Name), body);
        }

        body.Add(Text(t["Plan_NextGathering"], weight: "Bolder", spacing: "Medium"));
        body.Add(Text(t.Format("Plan_Gathering", next.Number, next.Theme)));
        var facts = new List<(string, string)>
        {
            (t["Plan_When"], t.DateTime(next.Start, zone) + " (" + Countdown(t, next, now, zone) + ")"),
            (t["Plan_Where"], next.Mode == GatheringMode.Digital ? t["Plan_Digital"]
                : next.Place is { Length: > 0 } place ? t.Format("Plan_Physical", place) : t["Plan_PhysicalNoPlace"]),
        };
        var deadline = Deadlines.StatusReport(plan.Network, next);
        if (deadline > now)
        {
            facts.Add((t["Plan_ReportDeadline"], t.StatusDeadline(plan.Network, next)));
        }

        body.Add(Facts(facts));
        body.Add(Text(t.Format("Plan_Tasks", next.Number), weight: "Bolder", spacing: "Medium"));
        var lines = plan.Tasks
            .Where(task => task.GivenAt < next.Number)
            .Select(task => (Task: task, State: StateOf(progress, task), Due: Deadlines.Task(plan, task)))
            .Where(x => !(x.State == TaskState.Done && x.Due < now))
            .OrderBy(x => x.Due ?? DateTimeOffset.MaxValue)
            .Select(x => "- " + t.Format(x.Due < now ? "Plan_TaskOverdue" : "Plan_Task", x.Task.Title, StateText(t, x.State), x.Due is { } d ? t.Date(d, zone) : "–"))
            .ToList();
        body.Add(Text(lines.Count == 0 ? t["Plan_NoTasks"] : string.Join("\n", lines)));
        // While the next gathering's report is open, the card leads to it (the person's own form, where they are).
        var actions = deadline > now
            ? new JsonArray(Execute(t["Report_Open"], Reports.ReportVerbs.Open, new Reports.ReportCardData(plan.Network.Id, team.Id, next.Number).ToJson()))
            : null;
        return Card(t.Format("Plan_Title", team.Name) + ": " + t.Format("Plan_Gathering", next.Number, next.Theme), body, actions);
    }

    private static TaskState StateOf(IReadOnlyList<TeamTaskProgress> progress, TaskItem task) =>
        progress.FirstOrDefault(p => p.TaskId == task.Id)?.State ?? TaskState.NotStarted;

    private static string StateText(CardText t, TaskState state) => state switch
    {
        TaskState.Done => t["Plan_TaskDone"],
        TaskState.InProgress => t["Plan_TaskInProgress"],
        _ => t["Plan_TaskNotStarted"],
    };

    private static string Countdown(CardText t, Gathering g, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (g.Start <= now)
        {
            return t["Plan_Ongoing"];
        }

        var days = NetworkClock.LocalDate(g.Start, zone).DayNumber - NetworkClock.LocalDate(now, zone).DayNumber;
        return days switch
        {
            0 => t["Plan_Today"],
            1 => t["Plan_Tomorrow"],
            _ => t.Format("Plan_DaysLeft", days),
        };
    }
}
