using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// The organizer's open-screen cards: which network (when they organize several), the scheduling form (new or a change;
/// every refused field marked, everything typed kept; the join-link field required when the app cannot create the
/// meeting), and the upcoming sessions, each with a way to change or cancel it.
/// </summary>
public static class OpenScreenFormCard
{
    /// <summary>"Which network?" for an organizer of several.</summary>
    public static JsonObject ChooseNetwork(CardText t, IEnumerable<NetworkPlan> plans)
    {
        var title = t["Os_FormTitle"];
        var actions = new JsonArray([.. plans.Select(p => (JsonNode)Execute(p.Network.Name, OpenScreenVerbs.Form, new OpenScreenCardData(p.Network.Id).ToJson()))]);
        return Card(title, new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Text(t["Os_ChooseNetwork"])), actions);
    }

    /// <param name="typed">Input values by field (see <see cref="OpenScreenRules"/>).</param>
    /// <param name="editing">The session being changed (null: a new one).</param>
    /// <param name="notice">Why the card is back (e.g. Graph refused), shown at the top.</param>
    public static JsonObject Form(CardText t, NetworkPlan plan, IReadOnlyDictionary<string, string?> typed, IReadOnlyList<OpenScreenIssue> issues,
        OpenScreenSession? editing, bool joinUrlRequired, string? notice, IReadOnlyList<OpenScreenSession> upcoming, string? draft = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(issues);
        var title = editing is null ? t["Os_FormTitle"] : t.Format("Os_EditTitle", editing.Topic);
        var body = new JsonArray(Text(title, size: "Medium", weight: "Bolder"), Text(t.Format("Os_FormIntro", plan.Network.Name), subtle: true, spacing: "None"));
        if (notice is not null)
        {
            body.Add(Attention(notice));
        }
        else if (issues.Count > 0)
        {
            body.Add(Attention(t["Os_Invalid"]));
        }

        void Field(string field, JsonObject input)
        {
            body.Add(input);
            foreach (var issue in issues.Where(i => i.Field == field))
            {
                body.Add(Attention(t.Format("Os_Issue_" + issue.Code, OpenScreenRules.MinMinutes, OpenScreenRules.MaxMinutes)));
            }
        }

        string? Value(string field) => typed.GetValueOrDefault(field);
        Field(OpenScreenRules.DateField, Input("Input.Date", OpenScreenRules.DateField, t["Os_Date"], Value(OpenScreenRules.DateField), required: t["Os_Issue_required"]));
        Field(OpenScreenRules.TimeField, Input("Input.Time", OpenScreenRules.TimeField, t["Os_Time"], Value(OpenScreenRules.TimeField), required: t["Os_Issue_required"]));
        var duration = Input("Input.Number", OpenScreenRules.DurationField, t.Format("Os_Duration", OpenScreenRules.MinMinutes, OpenScreenRules.MaxMinutes), null);
        duration["min"] = OpenScreenRules.MinMinutes;
        duration["max"] = OpenScreenRules.MaxMinutes;
        duration["value"] = int.TryParse(Value(OpenScreenRules.DurationField), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) ? minutes : OpenScreenRules.DefaultMinutes;
        Field(OpenScreenRules.DurationField, duration);
        var topic = Input("Input.Text", OpenScreenRules.TopicField, t["Os_Topic"], Value(OpenScreenRules.TopicField), required: t["Os_Issue_required"]);
        topic["maxLength"] = OpenScreenRules.TopicMax;
        topic["placeholder"] = t["Os_TopicPlaceholder"];
        Field(OpenScreenRules.TopicField, topic);
        var description = Input("Input.Text", OpenScreenRules.DescriptionField, t["Os_Description"], Value(OpenScreenRules.DescriptionField));
        description["isMultiline"] = true;
        description["maxLength"] = OpenScreenRules.DescriptionMax;
        Field(OpenScreenRules.DescriptionField, description);
        if (editing is null && plan.Teams.Count > 0)
        {
            var all = string.Join(',', plan.Teams.Select(x => x.Id));
            Field(OpenScreenRules.TeamsField, Choices(OpenScreenRules.InputId(OpenScreenRules.TeamsField), t["Os_Teams"],
                plan.Teams.Select(x => (x.Name, x.Id)), string.IsNullOrEmpty(Value(OpenScreenRules.TeamsField)) ? all : Value(OpenScreenRules.TeamsField), multiSelect: true));
        }

        if (editing?.MeetingEventId is null) // a meeting the app created keeps its link
        {
            var link = Input("Input.Text", OpenScreenRules.JoinUrlField, t[joinUrlRequired ? "Os_JoinUrlRequired" : "Os_JoinUrlOptional"], Value(OpenScreenRules.JoinUrlField),
                required: joinUrlRequired ? t["Os_Issue_required"] : null);
            link["style"] = "Url";
            link["placeholder"] = "https://teams.microsoft.com/l/meetup-join/…";
            Field(OpenScreenRules.JoinUrlField, link);
            if (joinUrlRequired)
            {
                body.Add(Text(t["Os_JoinUrlHelp"], subtle: true, spacing: "None"));
            }
        }

        var submit = Execute(t[editing is null ? "Os_Schedule" : "Os_SaveChange"], OpenScreenVerbs.Schedule, new OpenScreenCardData(plan.Network.Id, editing?.Id,
            Draft: editing is null ? draft ?? OpenScreenService.NewSessionId() : null).ToJson());
        submit["style"] = "positive";
        body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(submit) }); // above the list of upcoming sessions
        if (editing is null)
        {
            foreach (var item in Upcoming(t, plan, upcoming))
            {
                body.Add(item);
            }
        }

        return Card(title, body);
    }

    /// <summary>
    /// The upcoming sessions, each with a button to its own card (change, cancel). The button sends none of the form's
    /// inputs, so the form's required fields do not stand in its way.
    /// </summary>
    public static IEnumerable<JsonObject> Upcoming(CardText t, NetworkPlan plan, IReadOnlyList<OpenScreenSession> sessions)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (sessions.Count == 0)
        {
            yield break;
        }

        yield return Text(t["Os_UpcomingHeading"], weight: "Bolder", spacing: "ExtraLarge");
        foreach (var session in sessions)
        {
            var manage = Execute(t["Os_Manage"], OpenScreenVerbs.Manage, new OpenScreenCardData(plan.Network.Id, session.Id).ToJson());
            manage["associatedInputs"] = "none";
            yield return Text($"{OpenScreenInviteCard.When(t, plan.Network, session)}: {session.Topic}", spacing: "Small");
            yield return new JsonObject { ["type"] = "ActionSet", ["spacing"] = "None", ["actions"] = new JsonArray(manage) };
        }
    }

    public static JsonNode[] ManageActions(CardText t, string networkId, OpenScreenSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var comment = Input("Input.Text", "cancelComment", t["Os_CancelComment"], null);
        comment["maxLength"] = 300;
        var confirm = Execute(t["Os_CancelConfirm"], OpenScreenVerbs.Cancel, new OpenScreenCardData(networkId, session.Id).ToJson());
        confirm["style"] = "destructive";
        var show = new JsonObject
        {
            ["type"] = "Action.ShowCard",
            ["title"] = t["Os_Cancel"],
            ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(Text(t.Format(session.MeetingEventId is null ? "Os_CancelQuestionPasted" : "Os_CancelQuestion", session.Topic)), comment), ["actions"] = new JsonArray(confirm) },
        };
        return [Execute(t["Os_Change"], OpenScreenVerbs.Edit, new OpenScreenCardData(networkId, session.Id).ToJson()), show];
    }

    /// <summary>The form's values for a session being changed.</summary>
    public static Dictionary<string, string?> Typed(OpenScreenSession session, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(session);
        var local = NetworkClock.ToLocal(session.Start, zone);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [OpenScreenRules.DateField] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [OpenScreenRules.TimeField] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            [OpenScreenRules.DurationField] = session.DurationMinutes.ToString(CultureInfo.InvariantCulture),
            [OpenScreenRules.TopicField] = session.Topic,
            [OpenScreenRules.DescriptionField] = session.Description,
            [OpenScreenRules.JoinUrlField] = session.MeetingEventId is null ? session.JoinUrl : null,
        };
    }

    private static JsonObject Input(string type, string field, string label, string? value, string? required = null)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = field.Contains('.', StringComparison.Ordinal) ? field : OpenScreenRules.InputId(field), ["label"] = label };
        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = value;
        }

        if (required is not null)
        {
            input["isRequired"] = true;
            input["errorMessage"] = required;
        }

        return input;
    }
}
