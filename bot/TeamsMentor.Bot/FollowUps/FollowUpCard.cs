using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Networks;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.FollowUps;

/// <summary>
/// The follow-up's cards: the invite to the team's contact person (when, how, the join button, "suits me" and "propose
/// another time"), the same card once answered, moved or cancelled, and the reminder to the advisor.
/// </summary>
public static class FollowUpCard
{
    /// <summary>The invite as it stands: open for an answer while booked; otherwise what happened (<paramref name="notice"/> says it to the one who answered).</summary>
    public static JsonObject Invite(CardText t, NetworkPlan plan, FollowUp followUp, string? notice = null, bool noticeIsError = false)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(followUp);
        var zone = NetworkPlanRules.SafeZone(plan.Network);
        var advisor = FollowUpRules.AdvisorOf(plan, followUp)?.Name ?? followUp.BookedBy;
        var title = t.Format("Fu_InviteTitle", advisor);
        var body = new JsonArray(
            Text(title, size: "Medium", weight: "Bolder"),
            Text(t.Format("Fu_InviteText", advisor, plan.Network.Name, followUp.Period + 1)),
            Facts([(t["Fu_When"], When(t, followUp, zone)), (t["Fu_How"], Mode(t, followUp.Mode))]));
        var state = followUp.State switch
        {
            FollowUpState.Accepted => t["Fu_Accepted"],
            FollowUpState.NewTimeProposed when followUp.ProposedStart is { } proposed => t.Format("Fu_Proposed", t.DateTime(proposed, zone), advisor),
            FollowUpState.Cancelled => t["Fu_Cancelled"],
            FollowUpState.Held => t["Fu_Held"],
            _ => null,
        };
        if (notice is not null)
        {
            body.Add(noticeIsError ? Attention(notice) : Good(notice));
        }
        else if (state is not null)
        {
            body.Add(followUp.State == FollowUpState.Accepted ? Good(state) : Text(state, weight: "Bolder"));
        }

        var actions = new JsonArray();
        if (followUp.State is FollowUpState.Booked or FollowUpState.Accepted && followUp.JoinUrl is { } join)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t["Fu_Join"], ["url"] = join });
        }

        if (followUp.State is FollowUpState.Booked or FollowUpState.Accepted or FollowUpState.NewTimeProposed)
        {
            var data = new FollowUpCardData(plan.Network.Id, followUp.Id, followUp.Revision).ToJson();
            if (followUp.State != FollowUpState.Accepted)
            {
                var accept = Execute(t["Fu_Accept"], FollowUpVerbs.Accept, data);
                accept["style"] = "positive";
                actions.Add(accept);
            }

            var local = NetworkClock.ToLocal(followUp.Start, zone);
            var date = new JsonObject { ["type"] = "Input.Date", ["id"] = FollowUpCardData.DateInput, ["label"] = t["Fu_ProposeDate"], ["isRequired"] = true,
                ["errorMessage"] = t.Format("Fu_ProposeInvalid", followUp.Period + 1), ["value"] = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            var time = new JsonObject { ["type"] = "Input.Time", ["id"] = FollowUpCardData.TimeInput, ["label"] = t["Fu_ProposeTime"], ["isRequired"] = true,
                ["errorMessage"] = t.Format("Fu_ProposeInvalid", followUp.Period + 1), ["value"] = local.ToString("HH:mm", CultureInfo.InvariantCulture) };
            actions.Add(new JsonObject
            {
                ["type"] = "Action.ShowCard",
                ["title"] = t["Fu_Propose"],
                ["card"] = new JsonObject
                {
                    ["type"] = "AdaptiveCard",
                    ["body"] = new JsonArray(date, time),
                    ["actions"] = new JsonArray(Execute(t["Fu_ProposeSend"], FollowUpVerbs.Propose, data.DeepClone().AsObject())),
                },
            });
        }

        return Card(title, body, actions);
    }

    /// <summary>To the advisor: no follow-up is booked with the team yet in the period after <paramref name="gathering"/>.</summary>
    public static JsonObject Reminder(CardText t, NetworkPlan plan, NetworkTeam team, Gathering gathering, Gathering next, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(gathering);
        ArgumentNullException.ThrowIfNull(next);
        var zone = NetworkPlanRules.SafeZone(plan.Network);
        var title = t.Format("Fu_ReminderTitle", team.Name);
        var days = NetworkClock.LocalDate(now, zone).DayNumber - NetworkClock.LocalDate(gathering.End, zone).DayNumber;
        return Card(title, new JsonArray(
            Text(title, size: "Medium", weight: "Bolder"),
            Text(t.Format("Fu_ReminderText", days, gathering.Number, next.Number, t.Date(next.Start, zone))),
            Facts([
                (t["Report_Team"], team.Name),
                (t["Fu_ReminderContact"], plan.ContactOf(team)?.Name ?? t["Fu_NoContact"]),
                (t["Fu_ReminderAdvisor"], FollowUpRules.AdvisorOf(plan, team)?.Name ?? t["Fu_NoContact"]),
            ])));
    }

    public static string When(CardText t, FollowUp followUp, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(followUp);
        return t.Format("Fu_Range", t.DateTime(followUp.Start, zone), NetworkClock.ToLocal(followUp.End, zone).ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    public static string Mode(CardText t, FollowUpMode mode)
    {
        ArgumentNullException.ThrowIfNull(t);
        return mode switch
        {
            FollowUpMode.Teams => t["Fu_ModeTeams"],
            FollowUpMode.Link => t["Fu_ModeLink"],
            _ => t["Fu_ModePhone"],
        };
    }
}
