using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The status-report card (Adaptive Card 1.5, Universal Actions): the shared channel message everyone sees (state, and
/// each person's own view through <c>refresh</c>); while the report is open, the overview of its sections and one
/// section's form at a time (prefilled, every refused value marked and everything typed kept), so that it fits a phone;
/// after a submit, who sent it in; after the deadline, the read-only report.
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

    /// <summary>
    /// The overview (what <c>report.open</c> shows while the report is open): each section with whether it is done or
    /// what it still needs and a button to its form, and the submit button. <paramref name="completeMark"/> is the
    /// stored version's "complete" mark (<see cref="ReportSeal"/>) when every section is done, else null.
    /// </summary>
    public static JsonObject Overview(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, Versioned<StatusReport>? stored,
        IReadOnlyList<SectionState> states, string? completeMark, string? notice = null, bool noticeIsError = false)
    {
        ArgumentNullException.ThrowIfNull(states);
        var (title, body) = Header(t, plan, team, gathering, stored?.Value, stateBold: false);
        if (notice is not null)
        {
            body.Add(noticeIsError ? Attention(notice) : Good(notice));
        }

        body.Add(Text(t["Report_OverviewIntro"], subtle: true));
        var asked = StatusReportRules.Asked(plan, gathering.Number);
        // A report saved whole (before it came in sections) has no section versions: all its sections count as saved.
        var savedWhole = stored is { Value.SectionVersions.Count: 0 };
        foreach (var state in states)
        {
            var saved = savedWhole || (stored?.Value.SectionVersions.ContainsKey(state.Section.ToString()) ?? false);
            var required = asked.Any(i => i.Section == state.Section && i.Required);
            var status = state.Done switch
            {
                true when !saved && !required => t["Report_SectionOptional"],
                true => t["Report_SectionDone"],
                false when !saved => t["Report_SectionNotStarted"],
                false => Missing(t, plan, gathering, state),
            };
            var data = new ReportCardData(plan.Network.Id, team.Id, gathering.Number) { Section = state.Section }.ToJson();
            var open = Execute(t[state.Done && saved ? "Report_SectionEdit" : "Report_SectionFill"], ReportVerbs.Section, data);
            var statusText = Text(status, subtle: !state.Done, spacing: "None"); // "✓ Ferdig" says it without a colour

            body.Add(new JsonObject
            {
                ["type"] = "ColumnSet",
                ["separator"] = true,
                ["spacing"] = "Medium",
                ["columns"] = new JsonArray(
                    new JsonObject
                    {
                        ["type"] = "Column", ["width"] = "stretch", ["verticalContentAlignment"] = "Center",
                        ["items"] = new JsonArray(Text(SectionTitle(t, state.Section, gathering), weight: "Bolder"), statusText),
                    },
                    new JsonObject
                    {
                        ["type"] = "Column", ["width"] = "auto", ["verticalContentAlignment"] = "Center",
                        ["items"] = new JsonArray(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(open) }),
                    }),
            });
        }

        var ready = states.All(s => s.Done);
        body.Add(Text(t[ready ? "Report_ReadyToSubmit" : "Report_NotReadyToSubmit"], spacing: "Large", subtle: !ready));
        var submit = Execute(t[stored?.Value.State == StatusReportState.Submitted ? "Report_SubmitAgain" : "Report_Submit"], ReportVerbs.Submit,
            new ReportCardData(plan.Network.Id, team.Id, gathering.Number, stored?.Version ?? "", Guid.NewGuid().ToString("N")) { Complete = completeMark ?? "" }.ToJson());
        if (ready)
        {
            submit["style"] = "positive";
        }

        return Card(title, body, new JsonArray(submit));
    }

    /// <summary>
    /// One section's form: its inputs prefilled from <paramref name="form"/> with <paramref name="issues"/> marked at
    /// them, "Save" (guarded by the section's version) and "Back" to the overview.
    /// </summary>
    /// <param name="sectionVersion">The section's version the form is built from; none: never saved.</param>
    /// <param name="saveToken">The form's save token; none: a new one. Given back as it was when the save could not be confirmed.</param>
    public static JsonObject Section(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, ReportSection section, ReportForm form,
        string? sectionVersion, StatusReport? stored, IReadOnlyList<ReportIssue> issues, string? notice = null, bool noticeIsError = false,
        IReadOnlyList<(string Title, string Value)>? theirs = null, string? saveToken = null)
    {
        var (title, body) = Header(t, plan, team, gathering, stored, stateBold: false);
        var sections = ReportSections.Asked(plan, gathering.Number);
        var place = sections.ToList().IndexOf(section);
        body.Add(Text(t.Format("Report_SectionOf", place + 1, sections.Count), subtle: true, spacing: "Medium"));
        AddNoticeAndTheirs(body, notice, noticeIsError, theirs);
        if (stored?.State == StatusReportState.Submitted)
        {
            body.Add(Text(t["Report_EditingSubmitted"], subtle: true));
        }

        AddInputs(body, t, plan, gathering, form, issues, section);
        var data = new ReportCardData(plan.Network.Id, team.Id, gathering.Number, null, saveToken ?? Guid.NewGuid().ToString("N"))
        {
            Section = section,
            SectionVersion = sectionVersion ?? "",
        }.ToJson();
        var save = Execute(t["Report_SaveSection"], ReportVerbs.SaveSection, data);
        save["style"] = "positive";
        var back = Execute(t["Report_Back"], ReportVerbs.Open, new ReportCardData(plan.Network.Id, team.Id, gathering.Number).ToJson());
        back["associatedInputs"] = "none"; // going back saves nothing, and says so
        return Card(title, body, new JsonArray(save, back));
    }

    /// <summary>After a submit: who sent it in and when, and the way back to the report (still open to changes until the deadline).</summary>
    public static JsonObject Submitted(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, StatusReport submitted)
    {
        var (title, body) = Header(t, plan, team, gathering, submitted, stateBold: true);
        body.Add(Good(t["Report_SubmittedNow"]));
        body.Add(Text(t["Report_SubmittedCanChange"], subtle: true));
        return Card(title, body, new JsonArray(Execute(t["Report_Show"], ReportVerbs.Open, new ReportCardData(plan.Network.Id, team.Id, gathering.Number).ToJson())));
    }

    /// <summary>
    /// The whole form on one card: what a form posted before the report came in sections sends back (its answers are
    /// kept: see <see cref="ReportAction"/>). <paramref name="issues"/> marked at their inputs.
    /// </summary>
    /// <param name="saveToken">The form's save token; none: a new one (a new form). Given back as it was when the save could not be confirmed.</param>
    public static JsonObject Editable(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, ReportForm form, string? version,
        StatusReport? stored, IReadOnlyList<ReportIssue> issues, string? notice = null, bool noticeIsError = false,
        IReadOnlyList<(string Title, string Value)>? theirs = null, string? saveToken = null)
    {
        var (title, body) = Header(t, plan, team, gathering, stored, stateBold: false);
        AddNoticeAndTheirs(body, notice, noticeIsError, theirs);
        AddInputs(body, t, plan, gathering, form, issues, only: null);
        var data = new ReportCardData(plan.Network.Id, team.Id, gathering.Number, version ?? "", saveToken ?? Guid.NewGuid().ToString("N")).ToJson();
        return Card(title, body, new JsonArray(
            Execute(t["Report_SaveDraft"], ReportVerbs.Save, data),
            Execute(t["Report_Submit"], ReportVerbs.Submit, data.DeepClone().AsObject())));
    }

    /// <summary>The small card given when a submit from the overview could not be confirmed: the same button, to press again.</summary>
    public static JsonObject SubmitNotConfirmed(CardText t, ReportCardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var title = t.Format("Report_Title", data.Gathering);
        return Card(title, new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Attention(t["Report_SubmitNotConfirmed"])),
            new JsonArray(Execute(t["Report_Submit"], ReportVerbs.Submit, data.ToJson())));
    }

    private static void AddNoticeAndTheirs(JsonArray body, string? notice, bool noticeIsError, IReadOnlyList<(string Title, string Value)>? theirs)
    {
        if (notice is not null)
        {
            body.Add(noticeIsError ? Attention(notice) : Good(notice));
        }

        if (theirs is { Count: > 0 })
        {
            body.Add(Facts(theirs));
        }
    }

    /// <summary>The plan's questions asked at this gathering (one section's, or all), each with its definition under the label.</summary>
    private static void AddInputs(JsonArray body, CardText t, NetworkPlan plan, Gathering gathering, ReportForm form, IReadOnlyList<ReportIssue> issues, ReportSection? only)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(issues);
        void Mark(string id)
        {
            foreach (var issue in issues.Where(i => i.Field == id))
            {
                body.Add(Attention(t["Report_Issue_" + issue.Code]));
            }
        }

        var english = t.Culture.TwoLetterISOLanguageName == "en";
        var asked = StatusReportRules.Asked(plan, gathering.Number);
        foreach (var section in Enum.GetValues<ReportSection>().Where(s => only is null || s == only))
        {
            var items = asked.Where(i => i.Section == section).ToList();
            var tasks = items.Any(i => i.Kind == ReportItemKind.TaskOutcomes) ? StatusReportRules.TasksToAnswer(plan, gathering.Number) : [];
            if (items.Count == 0 || (section == ReportSection.Tasks && tasks.Count == 0 && items.All(i => i.Kind == ReportItemKind.TaskOutcomes)))
            {
                continue;
            }

            body.Add(Text(SectionTitle(t, section, gathering), weight: "Bolder", spacing: "Large"));
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
    }

    /// <summary>A section's title (the tasks' title names the gathering they were given at).</summary>
    public static string SectionTitle(CardText t, ReportSection section, Gathering gathering) =>
        section == ReportSection.Tasks ? t.Format("Report_TasksHeading", gathering.Number - 1) : t["Report_Section_" + section];

    /// <summary>What a section still needs, by name when it is one or two answers (a task by its title), else how many.</summary>
    private static string Missing(CardText t, NetworkPlan plan, Gathering gathering, SectionState state)
    {
        var english = t.Culture.TwoLetterISOLanguageName == "en";
        var asked = StatusReportRules.Asked(plan, gathering.Number);
        var names = state.Missing
            .Select(field => field.StartsWith("task.", StringComparison.Ordinal)
                ? plan.Tasks.FirstOrDefault(x => ReportForm.TaskInput(x.Id) == field)?.Title ?? field
                : asked.FirstOrDefault(i => i.Id == field)?.Text(english) ?? field)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count <= 2 ? t.Format("Report_SectionMissing", string.Join(", ", names)) : t.Format("Report_SectionMissingCount", names.Count);
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

    /// <summary>The report's answers as facts (the read-only card, and "what is saved now" on a conflict: one section's, or all).</summary>
    public static IReadOnlyList<(string Title, string Value)> Summary(CardText t, NetworkPlan plan, StatusReport report, ReportSection? only = null)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(report);
        var asked = StatusReportRules.Asked(plan, report.Gathering);
        bool In(string field) => only is null || ReportSections.SectionOf(field, asked) == only;
        var facts = new List<(string, string)>();
        foreach (var task in report.Tasks.Where(x => In(ReportForm.TaskInput(x.TaskId))))
        {
            var title = plan.Tasks.FirstOrDefault(x => x.Id == task.TaskId)?.Title ?? task.TaskId;
            var outcome = t[task.Outcome switch { TaskOutcome.Done => "Report_OutcomeDone", TaskOutcome.Partly => "Report_OutcomePartly", _ => "Report_OutcomeNotYet" }];
            facts.Add((title, task.Comment is null ? outcome : $"{outcome}: {task.Comment}"));
        }

        foreach (var task in report.Tasks.Where(x => x.Links.Count > 0 && In(ReportForm.TaskInput(x.TaskId))))
        {
            facts.Add((t["Report_TaskLink"], string.Join(" ", task.Links)));
        }

        // The other answers under the plan's own labels, in the plan's order (an item the plan no longer has keeps its id).
        var english = t.Culture.TwoLetterISOLanguageName == "en";
        string Label(string id) => plan.ReportItems.FirstOrDefault(i => i.Id == id)?.Text(english) ?? ReportItems.Defaults.FirstOrDefault(i => i.Id == id)?.Text(english) ?? id;
        void Add(string id, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value) && In(id))
            {
                facts.Add((Label(id), value));
            }
        }

        foreach (var id in new[] { ReportItems.SubGoals, ReportItems.Measures, ReportItems.GoalAchievement, ReportItems.GoalAchievementText, ReportItems.Hours }
            .Concat(ReportItems.Figures))
        {
            Add(id, report.Answer(id, t.Culture));
        }

        if (report.Figures is null && report.NotKnown.Count > 0 && In(ReportForm.FiguresNotKnown))
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
