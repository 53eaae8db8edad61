using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// The evaluation card (Adaptive Card 1.5, Universal Actions): the shared message (in a team channel or a 1:1 chat; each
/// viewer's client asks for their own view through <c>refresh</c>), the form (every refused value marked, everything
/// typed kept), the thank-you with the network's result for the trend statement, and the closed card.
/// </summary>
public static class EvaluationCard
{
    public static JsonObject Shared(CardText t, NetworkPlan plan, Gathering gathering, bool reminder)
    {
        var title = t.Format(reminder ? "Eval_ReminderTitle" : "Eval_Title", gathering.Number);
        var open = Execute(t["Eval_Open"], EvaluationVerbs.Open, new EvaluationCardData(plan.Network.Id, gathering.Number).ToJson());
        var card = Card(title, Intro(t, plan, gathering, title), new JsonArray(open));
        card["refresh"] = new JsonObject { ["action"] = open.DeepClone() };
        return card;
    }

    /// <param name="typed">Input values by input id (stored or as typed).</param>
    public static JsonObject Form(CardText t, NetworkPlan plan, Gathering gathering, IReadOnlyDictionary<string, string?> typed,
        IReadOnlyList<EvaluationIssue> issues, bool answered)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(issues);
        var title = t.Format("Eval_Title", gathering.Number);
        var body = Intro(t, plan, gathering, title);
        if (issues.Count > 0)
        {
            body.Add(Attention(t["Eval_Invalid"]));
        }

        foreach (var issue in issues.Where(i => i.ItemId is null))
        {
            body.Add(Attention(t["Eval_Issue_" + issue.Code]));
        }

        foreach (var item in EvaluationRules.ItemsAt(plan, gathering.Number))
        {
            var id = EvaluationRules.InputId(item.Id);
            var label = ItemText(t, item);
            var value = typed.GetValueOrDefault(id);
            body.Add(item.Kind switch
            {
                EvaluationItemKind.Likert => Scale(id, label, t, "Eval_Likert_", value, dontKnow: true),
                EvaluationItemKind.Rating => Scale(id, label, t, "Eval_Rating_", value, dontKnow: false),
                EvaluationItemKind.Hours => Input(id, label, "Input.Number", value, t["Eval_HoursPlaceholder"], numeric: true),
                _ => Input(id, label, "Input.Text", value, t["Eval_Optional"], numeric: false),
            });
            foreach (var issue in issues.Where(i => i.ItemId == item.Id))
            {
                var key = issue.Code == EvaluationIssue.OutOfRange && item.Kind == EvaluationItemKind.Hours ? "Eval_Issue_hoursOutOfRange" : "Eval_Issue_" + issue.Code;
                body.Add(Attention(t[key]));
            }
        }

        var submit = Execute(t[answered ? "Eval_SaveChange" : "Eval_Submit"], EvaluationVerbs.Submit, new EvaluationCardData(plan.Network.Id, gathering.Number).ToJson());
        return Card(title, body, new JsonArray(submit));
    }

    /// <summary>After answering (or when someone who answered opens the card again): saved, until when it can change, and the network's result.</summary>
    public static JsonObject Answered(CardText t, NetworkPlan plan, Gathering gathering, bool justNow, IReadOnlyList<EvaluationAnswer> networkAnswers)
    {
        var title = t.Format("Eval_Title", gathering.Number);
        var closes = t.DateTime(Deadlines.EvaluationCloses(plan.Network, gathering), plan.Network.Zone);
        var body = new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Good(t.Format(justNow ? "Eval_Thanks" : "Eval_Answered", closes)));
        foreach (var line in NetworkResult(t, plan, gathering, networkAnswers))
        {
            body.Add(line);
        }

        return Card(title, body, new JsonArray(Execute(t["Eval_Change"], EvaluationVerbs.Open, new EvaluationCardData(plan.Network.Id, gathering.Number, Edit: true).ToJson())));
    }

    public static JsonObject Closed(CardText t, NetworkPlan plan, Gathering gathering, IReadOnlyList<EvaluationAnswer> networkAnswers)
    {
        var title = t.Format("Eval_Title", gathering.Number);
        var body = new JsonArray(Text(title, size: "Medium", weight: "Bolder"),
            Text(t.Format("Eval_Closed", t.DateTime(Deadlines.EvaluationCloses(plan.Network, gathering), plan.Network.Zone))));
        foreach (var line in NetworkResult(t, plan, gathering, networkAnswers))
        {
            body.Add(line);
        }

        return Card(title, body);
    }

    /// <summary>The item's text in the card's language (the Norwegian one when there is no English).</summary>
    public static string ItemText(CardText t, EvaluationItem item)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(item);
        return Localization.BotLocale.IsEnglish(t.Culture) && !string.IsNullOrWhiteSpace(item.TextEn) ? item.TextEn : item.TextNb;
    }

    /// <summary>The trend statement's mean in the network at this gathering (n ≥ 3) and at the earlier ones.</summary>
    private static IEnumerable<JsonObject> NetworkResult(CardText t, NetworkPlan plan, Gathering gathering, IReadOnlyList<EvaluationAnswer> answers)
    {
        if (EvaluationResults.TrendItem(plan) is not { } item)
        {
            yield break;
        }

        var now = EvaluationResults.Statistics(item, answers.Where(a => a.Gathering == gathering.Number));
        if (now.N < plan.Network.SmallGroupMinimum || now.Mean is not { } mean)
        {
            yield return Text(t["Eval_TooFewYet"], subtle: true);
            yield break;
        }

        // The statement itself, and under it the network's mean (the language review: the mean reads as the statement's).
        yield return Text(ItemText(t, item), weight: "Bolder", spacing: "Medium");
        yield return Text(t.Format("Eval_NetworkSoFar", mean.ToString("0.0", t.Culture), now.N), spacing: "None");
        var earlier = plan.Gatherings.Where(g => g.Number < gathering.Number)
            .Select(g => (g.Number, Stats: EvaluationResults.Statistics(item, answers.Where(a => a.Gathering == g.Number))))
            .Where(p => p.Stats.N >= plan.Network.SmallGroupMinimum && p.Stats.Mean is not null)
            .Select(p => t.Format("Eval_TrendPoint", p.Number, p.Stats.Mean!.Value.ToString("0.0", t.Culture)))
            .ToList();
        if (earlier.Count > 0)
        {
            yield return Text(t.Format("Eval_NetworkEarlier", string.Join(" · ", earlier)), subtle: true, spacing: "None");
        }
    }

    private static JsonArray Intro(CardText t, NetworkPlan plan, Gathering gathering, string title)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(gathering);
        var closes = t.DateTime(Deadlines.EvaluationCloses(plan.Network, gathering), plan.Network.Zone);
        return new JsonArray(
            Text(title, size: "Medium", weight: "Bolder"),
            Text(t.Format("Eval_Intro", gathering.Number, closes)),
            Text(t.Format("Eval_Anonymous", closes, plan.Network.SmallGroupMinimum), subtle: true, spacing: "None"));
    }

    private static JsonObject Scale(string id, string label, CardText t, string prefix, string? value, bool dontKnow)
    {
        var choices = Enumerable.Range(1, 5).Select(i => (t[prefix + i], i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        if (dontKnow)
        {
            choices.Add((t["Eval_DontKnow"], EvaluationRules.DontKnowValue));
        }

        var set = Choices(id, label, choices, value);
        set["style"] = "expanded"; // radio buttons: one tap each on a phone
        set["spacing"] = "Large";
        return set;
    }

    private static JsonObject Input(string id, string label, string type, string? value, string placeholder, bool numeric)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label, ["placeholder"] = placeholder, ["spacing"] = "Large" };
        if (numeric)
        {
            input["min"] = 0;
            input["max"] = (double)EvaluationRules.MaxHours;
            if (decimal.TryParse(value?.Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                input["value"] = number;
            }
        }
        else
        {
            input["isMultiline"] = true;
            input["maxLength"] = EvaluationRules.MaxTextLength;
            if (!string.IsNullOrEmpty(value))
            {
                input["value"] = value;
            }
        }

        return input;
    }
}
