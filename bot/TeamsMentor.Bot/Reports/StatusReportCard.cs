using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The status-report card (Adaptive Card 1.5, Universal Actions) in three forms: the shared channel message everyone
/// sees (state, and each person's own editable view through <c>refresh</c>), the editable form (prefilled, with every
/// refused value marked and everything typed kept), and the read-only report after the deadline.
/// </summary>
public static class StatusReportCard
{
    /// <summary>The channel message: title, deadline, state; each viewer's client asks for their own editable view.</summary>
    public static JsonObject Shared(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, StatusReport? stored)
    {
        var (title, body) = Header(t, plan, team, gathering, stored, stateBold: true);
        var open = Execute(t["Report_Open"], ReportVerbs.Open, new ReportCardData(plan.Network.Id, team.Id, gathering.Number).ToJson());
        var card = Card(title, body, new JsonArray(open));
        if (plan.ContactOf(team) is { } contact)
        {
            // Mentioned when Teams knows who they are (the client then notifies them), else named.
            var who = contact.AadObjectId is { } aad ? Mention(card, aad, contact.Name) : contact.Name;
            body.Insert(2, Text(t.Format("Report_Contact", who), spacing: "None"));
        }

        card["refresh"] = new JsonObject { ["action"] = open.DeepClone() };
        return card;
    }

    /// <summary>The form: prefilled from <paramref name="form"/>; <paramref name="issues"/> marked at their inputs.</summary>
    /// <param name="saveToken">The form's save token; none: a new one (a new form). Given back as it was when the save could not be confirmed.</param>
    public static JsonObject Editable(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, ReportForm form, string? version,
        StatusReport? stored, IReadOnlyList<ReportIssue> issues, string? notice = null, bool noticeIsError = false,
        IReadOnlyList<(string Title, string Value)>? theirs = null, string? saveToken = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(issues);
        var (title, body) = Header(t, plan, team, gathering, stored, stateBold: false);
        if (notice is not null)
        {
            body.Add(noticeIsError ? Attention(notice) : Good(notice));
        }

        if (theirs is { Count: > 0 })
        {
            body.Add(Facts(theirs));
        }

        void Mark(string id)
        {
            foreach (var issue in issues.Where(i => i.Field == id))
            {
                body.Add(Attention(t["Report_Issue_" + issue.Code]));
            }
        }

        // The plan's questions asked at this gathering, section by section, each with its definition under the label.
        var english = t.Culture.TwoLetterISOLanguageName == "en";
        var asked = StatusReportRules.Asked(plan, gathering.Number);
        foreach (var section in Enum.GetValues<ReportSection>())
        {
            var items = asked.Where(i => i.Section == section).ToList();
            var tasks = items.Any(i => i.Kind == ReportItemKind.TaskOutcomes) ? StatusReportRules.TasksToAnswer(plan, gathering.Number) : [];
            if (items.Count == 0 || (section == ReportSection.Tasks && tasks.Count == 0 && items.All(i => i.Kind == ReportItemKind.TaskOutcomes)))
            {
                continue;
            }

            body.Add(Text(section == ReportSection.Tasks ? t.Format("Report_TasksHeading", gathering.Number - 1) : t["Report_Section_" + section],
                weight: "Bolder", spacing: "Large"));
            if (section == ReportSection.Figures && items.Any(i => i.NotYetKnown))
            {
                body.Add(new JsonObject
                {
                    ["type"] = "Input.Toggle", ["id"] = ReportForm.FiguresNotKnown, ["title"] = t["Report_FiguresNotKnown"], ["valueOn"] = "true", ["valueOff"] = "false",
                    ["value"] = form.Values.GetValueOrDefault(ReportForm.FiguresNotKnown) == "true" ? "true" : "false",
                });
            }

            foreach (var item in items)
            {
                if (item.Kind == ReportItemKind.TaskOutcomes)
                {
                    foreach (var task in tasks)
                    {
                        body.Add(Text(task.Title, weight: "Bolder", spacing: "Medium"));
                        body.Add(Choices(ReportForm.TaskInput(task.Id), t["Report_TaskOutcome"],
                            [(t["Report_OutcomeDone"], "done"), (t["Report_OutcomePartly"], "partly"), (t["Report_OutcomeNotYet"], "notYet")],
                            form.Values.GetValueOrDefault(ReportForm.TaskInput(task.Id))));
                        Mark(ReportForm.TaskInput(task.Id));
                        body.Add(TextInput(ReportForm.CommentInput(task.Id), t["Report_TaskComment"], form, StatusReportRules.MaxCommentLength, multiline: false));
                        Mark(ReportForm.CommentInput(task.Id));
                        body.Add(TextInput(ReportForm.LinkInput(task.Id), t["Report_TaskLink"], form, StatusReportRules.MaxLinkLength, multiline: false, style: "Url"));
                        Mark(ReportForm.LinkInput(task.Id));
                    }

                    continue;
                }

                var label = item.Text(english);
                if (item.Definition(english) is { } definition)
                {
                    body.Add(Text(definition, subtle: true, spacing: "Medium"));
                }

                body.Add(item.Kind switch
                {
                    ReportItemKind.Likert => Choices(item.Id, label, Enumerable.Range(1, 5).Select(i => (i.ToString(t.Culture), i.ToString(t.Culture))),
                        form.Values.GetValueOrDefault(item.Id)),
                    ReportItemKind.Number => NumberInput(item.Id, label, form, (double)StatusReportRules.MaxHours),
                    ReportItemKind.Count => NumberInput(item.Id, label, form, StatusReportRules.MaxCount),
                    _ => TextInput(item.Id, label, form, StatusReportRules.MaxTextLength),
                });
                Mark(item.Id);
            }
        }

        var data = new ReportCardData(plan.Network.Id, team.Id, gathering.Number, version ?? "", saveToken ?? Guid.NewGuid().ToString("N")).ToJson();
        return Card(title, body, new JsonArray(
            Execute(t["Report_SaveDraft"], ReportVerbs.Save, data),
            Execute(t["Report_Submit"], ReportVerbs.Submit, data.DeepClone().AsObject())));
    }

    /// <summary>After the deadline: the report as it stands; organizers may reopen it.</summary>
    public static JsonObject ReadOnly(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, StatusReport? stored, bool canReopen, string? notice = null)
    {
        var (title, body) = Header(t, plan, team, gathering, stored, stateBold: true);
        body.Add(Text(notice ?? t["Report_Closed"], subtle: notice is null));
        if (stored is not null && Summary(t, plan, stored) is { Count: > 0 } facts)
        {
            body.Add(Facts(facts));
        }

        var actions = canReopen ? new JsonArray(Execute(t["Report_Reopen"], ReportVerbs.Reopen, new ReportCardData(plan.Network.Id, team.Id, gathering.Number).ToJson())) : null;
        return Card(title, body, actions);
    }

    /// <summary>The report's answers as facts (the read-only card, and "what is saved now" on a conflict).</summary>
    public static IReadOnlyList<(string Title, string Value)> Summary(CardText t, NetworkPlan plan, StatusReport report)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(report);
        var facts = new List<(string, string)>();
        foreach (var task in report.Tasks)
        {
            var title = plan.Tasks.FirstOrDefault(x => x.Id == task.TaskId)?.Title ?? task.TaskId;
            var outcome = t[task.Outcome switch { TaskOutcome.Done => "Report_OutcomeDone", TaskOutcome.Partly => "Report_OutcomePartly", _ => "Report_OutcomeNotYet" }];
            facts.Add((title, task.Comment is null ? outcome : $"{outcome}: {task.Comment}"));
        }

        foreach (var task in report.Tasks.Where(x => x.Links.Count > 0))
        {
            facts.Add((t["Report_TaskLink"], string.Join(" ", task.Links)));
        }

        // The other answers under the plan's own labels, in the plan's order (an item the plan no longer has keeps its id).
        var english = t.Culture.TwoLetterISOLanguageName == "en";
        string Label(string id) => plan.ReportItems.FirstOrDefault(i => i.Id == id)?.Text(english) ?? ReportItems.Defaults.FirstOrDefault(i => i.Id == id)?.Text(english) ?? id;
        void Add(string id, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.Add((Label(id), value));
            }
        }

        foreach (var id in new[] { ReportItems.SubGoals, ReportItems.Measures, ReportItems.GoalAchievement, ReportItems.GoalAchievementText, ReportItems.Hours }
            .Concat(ReportItems.Figures))
        {
            Add(id, report.Answer(id, t.Culture));
        }

        if (report.Figures is null && report.NotKnown.Count > 0)
        {
            facts.Add((t["Report_FiguresHeading"], t["Report_FiguresNotKnown"]));
        }

        foreach (var id in report.Values.Keys.Append(ReportItems.FreeText))
        {
            Add(id, report.Answer(id, t.Culture));
        }
        return facts;
    }

    /// <summary>What every form of the card starts with: the title, the team and deadline, and where the report stands.</summary>
    private static (string Title, JsonArray Body) Header(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, StatusReport? stored, bool stateBold)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(gathering);
        var title = t.Format("Report_Title", gathering.Number);
        return (title, new JsonArray(
            Text(title, size: "Medium", weight: "Bolder"),
            Text(t.Format("Report_Intro", team.Name, t.StatusDeadline(plan.Network, gathering))),
            Text(State(t, plan, stored), weight: stateBold ? "Bolder" : null, subtle: !stateBold)));
    }

    private static string State(CardText t, NetworkPlan plan, StatusReport? stored) => stored switch
    {
        { State: StatusReportState.Submitted, SubmittedBy: { } by, SubmittedAt: { } at } => t.Format("Report_StateSubmitted", by, t.DateTime(at, plan.Network.Zone)),
        { State: StatusReportState.Draft, LastEditedBy: { } by, LastEditedAt: { } at } => t.Format("Report_StateDraft", by, t.DateTime(at, plan.Network.Zone)),
        _ => t["Report_StateNotStarted"],
    };

    private static JsonObject TextInput(string id, string label, ReportForm form, int maxLength, bool multiline = true, string? spacing = null, string? style = null)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["isMultiline"] = multiline, ["maxLength"] = maxLength };
        if (style is not null)
        {
            input["style"] = style;
        }

        if (form.Values.GetValueOrDefault(id) is { Length: > 0 } value)
        {
            input["value"] = value;
        }

        if (spacing is not null)
        {
            input["spacing"] = spacing;
        }

        return input;
    }

    private static JsonObject NumberInput(string id, string label, ReportForm form, double max)
    {
        var input = new JsonObject { ["type"] = "Input.Number", ["id"] = id, ["label"] = label, ["min"] = 0, ["max"] = max };
        // As a decimal: what was typed comes back only when it is a number JSON can carry (never NaN or an infinity).
        if (decimal.TryParse(form.Values.GetValueOrDefault(id)?.Replace(',', '.'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            input["value"] = (double)value;
        }

        return input;
    }
}
