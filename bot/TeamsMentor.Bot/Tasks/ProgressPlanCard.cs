using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Tasks;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Tasks;

/// <summary>
/// The progress-plan card (<see cref="ProgressPlans"/>): the prompt and reminders posted to the team (each viewer gets
/// their own view through <c>refresh</c>), and that view: each task of the period with its steps (what, who, by when)
/// and a short form to add one, which fits a phone; read-only once the next gathering has started.
/// </summary>
public static class ProgressPlanCard
{
    /// <summary>The posted card: what is asked, the deadline, the plan's state when known (with the team's progress it was read from), and the button to the person's own view.</summary>
    public static JsonObject Shared(CardText t, NetworkPlan plan, NetworkTeam team, ProgressPeriod period, bool reminder,
        (ProgressPlanState State, IReadOnlyList<TeamTaskProgress> Saved)? standing = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(period);
        var title = t.Format(reminder ? "PP_ReminderTitle" : "PP_Title", period.Gathering);
        var facts = Facts(t, plan, team, period);
        if (standing is var (state, saved))
        {
            facts.Add((t["PP_State"], StateText(t, state, (period, saved))));
        }

        var open = Execute(t["PP_Open"], ProgressPlanVerbs.Open, new ProgressPlanCardData(plan.Network.Id, team.Id, period.Gathering).ToJson());
        open["style"] = "positive";
        var card = Card(title, new JsonArray(
            Text(title, size: "Medium", weight: "Bolder"),
            Text(t.Format("PP_Text", period.Gathering + 1)),
            CardElements.Facts(facts)), new JsonArray(open));
        card["refresh"] = new JsonObject { ["action"] = open.DeepClone() };
        return card;
    }

    /// <summary>
    /// One person's view: the state, each task with its steps, and (until the next gathering starts) the form to add a
    /// step, with what was typed kept and each refused field marked.
    /// </summary>
    public static JsonObject View(CardText t, NetworkPlan plan, NetworkTeam team, ProgressPeriod period, IReadOnlyList<TeamTaskProgress> saved, DateTimeOffset now,
        IReadOnlyDictionary<string, string>? typed = null, IReadOnlyDictionary<string, string>? issues = null, string? notice = null, bool noticeIsError = false)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(saved);
        var zone = NetworkPlanRules.SafeZone(plan.Network);
        var title = t.Format("PP_Title", period.Gathering);
        var body = new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Text(team.Name, subtle: true, spacing: "None"));
        if (notice is not null)
        {
            body.Add(noticeIsError ? Attention(notice) : Good(notice));
        }

        var state = ProgressPlans.State(period, saved, now);
        var facts = Facts(t, plan, team, period);
        facts.Add((t["PP_State"], StateText(t, state, (period, saved))));
        body.Add(CardElements.Facts(facts));
        var names = plan.MembersOf(team.Id).ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        foreach (var task in period.TaskIds.Select(id => plan.Tasks.First(x => x.Id == id)))
        {
            var progress = saved.FirstOrDefault(p => p.TaskId == task.Id);
            body.Add(Text(progress?.State == TaskState.Done ? t.Format("PP_TaskDone", task.Title) : task.Title, weight: "Bolder", spacing: "Medium"));
            var steps = progress?.Steps ?? [];
            body.Add(Text(steps.Count == 0 ? t["PP_NoSteps"] : string.Join("\n", steps.Select(s => "- " + t.Format(s.Done ? "PP_StepDone" : "PP_Step", s.Text,
                s.OwnerMemberId is { } owner && names.TryGetValue(owner, out var name) ? name : t["PP_NoOwner"],
                s.DueDate is { } due ? due.ToString(t["Format_Date"], t.Culture) : t["PP_NoDate"]))), spacing: "None"));
        }

        if (now >= period.Closes)
        {
            body.Add(Text(t.Format("PP_Closed", period.Gathering + 1), subtle: true, spacing: "Medium"));
            return Card(title, body);
        }

        var data = new ProgressPlanCardData(plan.Network.Id, team.Id, period.Gathering, Guid.NewGuid().ToString("N")[..12]);
        var form = new List<JsonNode>();
        void Field(string id, JsonObject input)
        {
            form.Add(input);
            if (issues?.GetValueOrDefault(id) is { } issue)
            {
                form.Add(Attention(issue));
            }
        }

        string? Typed(string id) => typed?.GetValueOrDefault(id) is { Length: > 0 } v ? v : null;
        var tasks = period.TaskIds.Select(id => plan.Tasks.First(x => x.Id == id)).Select(x => (x.Title, x.Id)).ToList();
        Field(ProgressPlanCardData.TaskInput, Choices(ProgressPlanCardData.TaskInput, t["PP_Task"], tasks,
            Typed(ProgressPlanCardData.TaskInput) ?? FirstWithoutStep(period, saved), requiredMessage: t["PP_IssueTask"]));
        var what = Input("Input.Text", ProgressPlanCardData.TextInput, t["PP_What"], Typed(ProgressPlanCardData.TextInput), t.Format("PP_IssueText", TaskEndpoints.MaxStepLength));
        what["maxLength"] = TaskEndpoints.MaxStepLength;
        Field(ProgressPlanCardData.TextInput, what);
        Field(ProgressPlanCardData.OwnerInput, Choices(ProgressPlanCardData.OwnerInput, t["PP_Who"], names.Select(n => (n.Value, n.Key)),
            Typed(ProgressPlanCardData.OwnerInput), requiredMessage: t["PP_IssueWho"]));
        var due = Input("Input.Date", ProgressPlanCardData.DueInput, t["PP_When"], Typed(ProgressPlanCardData.DueInput), t.Format("PP_IssueWhen", period.Gathering + 1));
        due["min"] = NetworkClock.LocalDate(now, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        due["max"] = LastDay(period, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Field(ProgressPlanCardData.DueInput, due);
        var add = Execute(t["PP_Add"], ProgressPlanVerbs.AddStep, data.ToJson());
        add["style"] = "positive";
        body.Add(new JsonObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["spacing"] = "Large",
            ["items"] = new JsonArray([Text(t["PP_AddTitle"], weight: "Bolder"), .. form]),
        });
        return Card(title, body, new JsonArray(add));
    }

    /// <summary>The last day a step may be due: the day before the next gathering starts.</summary>
    public static DateOnly LastDay(ProgressPeriod period, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(period);
        return NetworkClock.LocalDate(period.Closes, zone).AddDays(-1);
    }

    /// <summary>The deadline as people read it: the computed one is midnight after the last day, shown as 23:59 of that day.</summary>
    public static string Deadline(CardText t, NetworkPlan plan, ProgressPeriod period)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(period);
        return t.DateTime(period.Deadline == period.Closes ? period.Deadline : period.Deadline.AddMinutes(-1), NetworkPlanRules.SafeZone(plan.Network));
    }

    public static string StateText(CardText t, ProgressPlanState state, (ProgressPeriod Period, IReadOnlyList<TeamTaskProgress> Saved) counts)
    {
        ArgumentNullException.ThrowIfNull(t);
        var (period, saved) = counts;
        return state switch
        {
            ProgressPlanState.NotDue => t["PP_StateNotDue"],
            ProgressPlanState.Open => t["PP_StateOpen"],
            ProgressPlanState.Made => "✓ " + t["PP_StateMade"],
            ProgressPlanState.Missing => t["PP_StateMissing"],
            _ => t.Format("PP_StateDraft", period.TaskIds.Count(id => ProgressPlans.IsPlanned(saved, id)), period.TaskIds.Count),
        };
    }

    private static string FirstWithoutStep(ProgressPeriod period, IReadOnlyList<TeamTaskProgress> saved) =>
        period.TaskIds.FirstOrDefault(id => !ProgressPlans.IsPlanned(saved, id)) ?? period.TaskIds[0];

    private static List<(string, string)> Facts(CardText t, NetworkPlan plan, NetworkTeam team, ProgressPeriod period)
    {
        var next = plan.GatheringNumber(period.Gathering + 1);
        var facts = new List<(string, string)> { (t["Report_Team"], team.Name), (t["PP_Deadline"], Deadline(t, plan, period)) };
        if (next is not null)
        {
            facts.Add((t["PP_NextGathering"], t.Format("Plan_Gathering", next.Number, next.Theme) + ", " + t.DateTime(next.Start, NetworkPlanRules.SafeZone(plan.Network))));
        }

        return facts;
    }

    private static JsonObject Input(string type, string id, string label, string? value, string requiredMessage)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label, ["isRequired"] = true, ["errorMessage"] = requiredMessage };
        if (value is not null)
        {
            input["value"] = value;
        }

        return input;
    }
}
