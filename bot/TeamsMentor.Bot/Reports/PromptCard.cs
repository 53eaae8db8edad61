using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Reports;

/// <summary>The scheduled prompt cards: the status-report reminders and nudges (the evaluation's is <see cref="EvaluationCard"/>).</summary>
public static class PromptCard
{
    /// <summary>A reminder (or a nudge) for one team's report, with the button that opens the person's own form where it is.</summary>
    public static JsonObject Status(CardText t, LearningNetwork network, NetworkTeam team, Gathering gathering, bool reminder)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(gathering);
        var title = t.Format(reminder ? "Prompt_StatusReminderTitle" : "Prompt_StatusTitle", gathering.Number);
        var open = Execute(t["Report_Open"], ReportVerbs.Open, new ReportCardData(network.Id, team.Id, gathering.Number).ToJson());
        open["style"] = "positive";
        return Card(title, new JsonArray(
            Text(title, size: "Medium", weight: "Bolder"),
            Text(t.Format("Prompt_StatusText", gathering.Theme)),
            Facts([
                (t["Report_Team"], team.Name),
                (t["Prompt_Gathering"], t.DateTime(gathering.Start, network.Zone)),
                (t["Plan_ReportDeadline"], t.StatusDeadline(network, gathering)),
            ])), new JsonArray(open));
    }
}
