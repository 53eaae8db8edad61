using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Plans;

/// <summary>Writes a plan in the document format <see cref="NetworkPlanDocument"/> reads (export; round-trips).</summary>
public static class NetworkPlanWriter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep æøå readable; the output is a file, not HTML
    };

    public static byte[] Write(NetworkPlan plan) => JsonSerializer.SerializeToUtf8Bytes(ToJson(plan), Indented);

    public static JsonObject ToJson(NetworkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var n = plan.Network;
        var zone = NetworkPlanRules.SafeZone(n);
        string Local(DateTimeOffset t) => NetworkClock.ToLocal(t, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

        var root = new JsonObject
        {
            ["formatVersion"] = NetworkPlanDocument.FormatVersion,
            ["id"] = n.Id,
            ["name"] = n.Name,
            ["description"] = n.Description,
            ["period"] = new JsonObject { ["start"] = Day(n.Start), ["end"] = Day(n.End) },
            ["timeZone"] = n.TimeZoneId,
            ["defaultLocale"] = n.DefaultLocale,
            ["organizers"] = Array(n.Organizers.Select(o => new JsonObject { ["id"] = o.Id, ["name"] = o.Name, ["email"] = o.Email, ["aadObjectId"] = o.AadObjectId })),
            ["phases"] = Array(n.Phases.Select(p => new JsonObject { ["number"] = p.Number, ["name"] = p.Name, ["start"] = Day(p.Start), ["end"] = Day(p.End) })),
            ["schedule"] = new JsonObject
            {
                ["sendAtLocalTime"] = n.Schedule.SendAtLocalTime.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["statusPromptDaysBefore"] = n.Schedule.StatusPromptDaysBefore,
                ["statusPromptTo"] = PlanSections.AudienceNames.First(a => a.Audience == n.Schedule.StatusPromptTo).Name,
                ["statusReminderDaysBefore"] = Array(n.Schedule.StatusReminderDaysBefore.Select(d => (JsonNode?)d)),
                ["statusDeadlineDaysBefore"] = n.Schedule.StatusDeadlineDaysBefore,
                ["evaluationMinutesAfterEnd"] = n.Schedule.EvaluationMinutesAfterEnd,
                ["evaluationReminderDaysAfter"] = n.Schedule.EvaluationReminderDaysAfter,
                ["evaluationOpenDays"] = n.Schedule.EvaluationOpenDays,
                ["openScreenReminderMinutesBefore"] = Array(n.Schedule.OpenScreenReminderMinutesBefore.Select(m => (JsonNode?)m)),
                ["progressPlanDaysAfter"] = n.Schedule.ProgressPlanDaysAfter,
                ["progressPlanDeadlineDaysAfter"] = n.Schedule.ProgressPlanDeadlineDaysAfter,
                ["progressPlanReminderDaysBefore"] = Array(n.Schedule.ProgressPlanReminderDaysBefore.Select(d => (JsonNode?)d)),
                ["followUpReminderDaysAfter"] = n.Schedule.FollowUpReminderDaysAfter,
                ["stalledAfterDays"] = n.Schedule.StalledAfterDays,
                ["workingHours"] = new JsonObject
                {
                    ["start"] = n.Schedule.WorkingHoursStart.ToString("HH:mm", CultureInfo.InvariantCulture),
                    ["end"] = n.Schedule.WorkingHoursEnd.ToString("HH:mm", CultureInfo.InvariantCulture),
                },
                ["blackoutPeriods"] = Array(n.Schedule.BlackoutPeriods.Select(p => new JsonObject { ["start"] = Day(p.Start), ["end"] = Day(p.End), ["name"] = p.Name })),
            },
            ["municipalities"] = Array(n.Municipalities.Select(m => new JsonObject { ["id"] = m.Id, ["name"] = m.Name })),
            ["teams"] = Array(plan.Teams.Select(t => new JsonObject
            {
                ["id"] = t.Id,
                ["municipality"] = t.MunicipalityId,
                ["name"] = t.Name,
                ["unit"] = t.Unit,
                ["contactPerson"] = t.ContactPersonId,
                ["advisor"] = t.AdvisorId,
                ["members"] = Array(plan.MembersOf(t.Id).Select(m => new JsonObject
                {
                    ["id"] = m.Id,
                    ["name"] = m.Name,
                    ["email"] = m.Email,
                    ["aadObjectId"] = m.AadObjectId,
                    ["roles"] = Array(TeamRoleNames.ToNames(m.Roles).Select(r => (JsonNode?)r)),
                    ["guest"] = m.IsGuest,
                })),
            })),
            ["gatherings"] = Array(plan.Gatherings.Select(g => new JsonObject
            {
                ["number"] = g.Number,
                ["theme"] = g.Theme,
                ["start"] = Local(g.Start),
                ["end"] = Local(g.End),
                ["mode"] = g.Mode == GatheringMode.Digital ? "digital" : "physical",
                ["place"] = g.Place,
                ["meetingUrl"] = g.MeetingUrl,
                ["agenda"] = g.Agenda,
                ["statusReportDeadline"] = g.StatusReportDeadline is { } d ? Local(d) : null,
                ["evaluationOpens"] = g.EvaluationOpens is { } o ? Local(o) : null,
                ["evaluationCloses"] = g.EvaluationCloses is { } c ? Local(c) : null,
            })),
            ["tasks"] = Array(plan.Tasks.Select(t => new JsonObject
            {
                ["id"] = t.Id,
                ["title"] = t.Title,
                ["description"] = t.Description,
                ["givenAt"] = t.GivenAt,
                ["dueBefore"] = t.DueBefore,
                ["dueAt"] = t.DueAt is { } due ? Local(due) : null,
            })),
            ["evaluationItems"] = Array(plan.EvaluationItems.Select(i => new JsonObject
            {
                ["id"] = i.Id,
                ["kind"] = i.Kind.ToString().ToLowerInvariant(),
                ["text"] = new JsonObject { ["nb"] = i.TextNb, ["en"] = i.TextEn },
                ["stable"] = i.Stable,
                ["gatherings"] = i.Gatherings is null ? null : Array(i.Gatherings.Select(g => (JsonNode?)g)),
            })),
            ["reportItems"] = Array(plan.ReportItems.Select(i => new JsonObject
            {
                ["id"] = i.Id,
                ["kind"] = PlanSections.ReportKinds.First(k => k.Kind == i.Kind).Name,
                ["section"] = PlanSections.ReportSections.First(k => k.Section == i.Section).Name,
                ["text"] = new JsonObject { ["nb"] = i.TextNb, ["en"] = i.TextEn },
                ["definition"] = i.DefinitionNb is null ? null : new JsonObject { ["nb"] = i.DefinitionNb, ["en"] = i.DefinitionEn },
                ["required"] = i.Required,
                ["fromGathering"] = i.FromGathering,
                ["gatherings"] = i.Gatherings is null ? null : Array(i.Gatherings.Select(g => (JsonNode?)g)),
                ["notYetKnown"] = i.NotYetKnown,
                ["finalOnly"] = i.FinalOnly,
                ["numerator"] = i.Numerator,
                ["denominator"] = i.Denominator,
                ["direction"] = PlanSections.Directions.First(d => d.Direction == i.Direction).Name,
                ["target"] = i.Target,
                ["targetLabel"] = i.TargetLabelNb is null ? null : new JsonObject { ["nb"] = i.TargetLabelNb, ["en"] = i.TargetLabelEn },
            })),
        };
        if (n.SmallGroupMinimum != Evaluations.SmallGroups.Minimum)
        {
            root.Insert(root.IndexOf("organizers"), "smallGroupMinimum", n.SmallGroupMinimum); // the default is not written
        }

        return root;
    }
}
