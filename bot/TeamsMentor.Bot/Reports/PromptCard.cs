using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Reports;

/// <summary>The scheduled prompt cards: the status-report prompt and its reminders (the evaluation's is <see cref="EvaluationCard"/>).</summary>
public static class PromptCard
{
    public static JsonObject Status(CardText t, LearningNetwork network, Gathering gathering, bool reminder)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gathering);
        var title = t.Format(reminder ? "Prompt_StatusReminderTitle" : "Prompt_StatusTitle", gathering.Number);
        return Card(title, new JsonArray(
            Text(title, size: "Medium", weight: "Bolder"),
            Text(t.Format("Prompt_StatusText", gathering.Theme)),
            Facts([
                (t["Prompt_Gathering"], t.DateTime(gathering.Start, network.Zone)),
                (t["Plan_ReportDeadline"], t.StatusDeadline(network, gathering)),
            ])));
    }
}
