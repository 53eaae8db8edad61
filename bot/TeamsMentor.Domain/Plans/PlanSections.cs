using TeamsMentor.Domain.Reports;
using System.Globalization;
using System.Text.Json;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Plans;

/// <summary>Reads each section of a plan document into domain records.</summary>
internal static class PlanSections
{
    public static LearningNetwork Network(PlanJsonReader r, JsonElement root, string timeZone)
    {
        DateOnly? start = null, end = null;
        if (PlanJsonReader.TryGet(root, "period", out var period) && r.IsObject(period, "$.period"))
        {
            r.OnlyKnown(period, "$.period", "start", "end");
            start = r.Date(period, "start", "$.period", required: true);
            end = r.Date(period, "end", "$.period", required: true);
        }
        else if (!PlanJsonReader.TryGet(root, "period", out _))
        {
            r.Issues.Add(PlanIssue.Error("$.period", PlanIssueCodes.PeriodRequired, "'period' is required: { \"start\": \"YYYY-MM-DD\", \"end\": \"YYYY-MM-DD\" }."));
        }

        return new LearningNetwork
        {
            Id = r.String(root, "id", "$", required: true) ?? "",
            Name = r.String(root, "name", "$", required: true) ?? "",
            Description = r.String(root, "description", "$"),
            Start = start ?? DateOnly.MinValue,
            End = end ?? DateOnly.MaxValue,
            TimeZoneId = timeZone,
            DefaultLocale = r.String(root, "defaultLocale", "$") ?? LearningNetwork.DefaultLocaleName,
            SmallGroupMinimum = r.Int(root, "smallGroupMinimum", "$") ?? Evaluations.SmallGroups.Minimum,
            Organizers = Organizers(r, root),
            Phases = Phases(r, root),
            Municipalities = [.. r.Array(root, "municipalities", "$", required: true).Where(x => r.IsObject(x.Item, x.Path)).Select(x =>
            {
                r.OnlyKnown(x.Item, x.Path, "id", "name");
                return new Municipality(r.String(x.Item, "id", x.Path, true) ?? "", r.String(x.Item, "name", x.Path, true) ?? "");
            })],
            Schedule = Schedule(r, root),
        };
    }

    private static List<Organizer> Organizers(PlanJsonReader r, JsonElement root) =>
        [.. r.Array(root, "organizers", "$", required: true).Where(x => r.IsObject(x.Item, x.Path)).Select(x =>
        {
            r.OnlyKnown(x.Item, x.Path, "id", "name", "email", "aadObjectId");
            return new Organizer(r.String(x.Item, "id", x.Path, true) ?? "", r.String(x.Item, "name", x.Path, true) ?? "",
                r.String(x.Item, "email", x.Path), r.String(x.Item, "aadObjectId", x.Path));
        })];

    private static List<Phase> Phases(PlanJsonReader r, JsonElement root) =>
        [.. r.Array(root, "phases", "$").Where(x => r.IsObject(x.Item, x.Path)).Select(x =>
        {
            r.OnlyKnown(x.Item, x.Path, "number", "name", "start", "end");
            return new Phase(r.Int(x.Item, "number", x.Path, true) ?? 0, r.String(x.Item, "name", x.Path, true) ?? "",
                r.Date(x.Item, "start", x.Path, true) ?? DateOnly.MinValue, r.Date(x.Item, "end", x.Path, true) ?? DateOnly.MinValue);
        })];

    /// <summary><see cref="PromptAudience"/> as the plan writes it.</summary>
    public static readonly IReadOnlyList<(string Name, PromptAudience Audience)> AudienceNames =
        [("channel", PromptAudience.Channel), ("members", PromptAudience.Members), ("both", PromptAudience.Both)];

    private static PromptSchedule Schedule(PlanJsonReader r, JsonElement root)
    {
        var defaults = new PromptSchedule();
        if (!PlanJsonReader.TryGet(root, "schedule", out var s) || !r.IsObject(s, "$.schedule"))
        {
            return defaults;
        }

        const string P = "$.schedule";
        r.OnlyKnown(s, P, "sendAtLocalTime", "statusPromptDaysBefore", "statusPromptTo", "statusReminderDaysBefore", "statusDeadlineDaysBefore",
            "evaluationMinutesAfterEnd", "evaluationReminderDaysAfter", "evaluationOpenDays", "openScreenReminderMinutesBefore",
            "workingHours", "blackoutPeriods", "progressPlanDaysAfter", "progressPlanDeadlineDaysAfter", "progressPlanReminderDaysBefore", "followUpReminderDaysAfter", "stalledAfterDays");
        var sendAt = TimeOfDay(r, s, "sendAtLocalTime", P) ?? defaults.SendAtLocalTime;
        var (workStart, workEnd) = (defaults.WorkingHoursStart, defaults.WorkingHoursEnd);
        if (PlanJsonReader.TryGet(s, "workingHours", out var hours) && r.IsObject(hours, P + ".workingHours"))
        {
            r.OnlyKnown(hours, P + ".workingHours", "start", "end");
            workStart = TimeOfDay(r, hours, "start", P + ".workingHours") ?? workStart;
            workEnd = TimeOfDay(r, hours, "end", P + ".workingHours") ?? workEnd;
        }

        var blackouts = r.Array(s, "blackoutPeriods", P).Where(x => r.IsObject(x.Item, x.Path)).Select(x =>
        {
            r.OnlyKnown(x.Item, x.Path, "start", "end", "name");
            var (from, to) = (r.Date(x.Item, "start", x.Path, required: true), r.Date(x.Item, "end", x.Path, required: true));
            return from is null || to is null ? null : new BlackoutPeriod(from.Value, to.Value, r.String(x.Item, "name", x.Path));
        }).OfType<BlackoutPeriod>().ToList();

        var audience = defaults.StatusPromptTo;
        if (r.String(s, "statusPromptTo", P) is { } to)
        {
            if (AudienceNames.FirstOrDefault(a => a.Name == to) is { Name: not null } known)
            {
                audience = known.Audience;
            }
            else
            {
                r.Issues.Add(PlanIssue.Error(P + ".statusPromptTo", PlanIssueCodes.UnknownPromptTo, $"'{to}' is not one of channel, members, both.", ("value", to)));
            }
        }

        return new PromptSchedule
        {
            SendAtLocalTime = sendAt,
            StatusPromptDaysBefore = r.Int(s, "statusPromptDaysBefore", P) ?? defaults.StatusPromptDaysBefore,
            StatusPromptTo = audience,
            StatusReminderDaysBefore = r.IntArray(s, "statusReminderDaysBefore", P) ?? defaults.StatusReminderDaysBefore,
            StatusDeadlineDaysBefore = r.Int(s, "statusDeadlineDaysBefore", P) ?? defaults.StatusDeadlineDaysBefore,
            EvaluationMinutesAfterEnd = r.Int(s, "evaluationMinutesAfterEnd", P) ?? defaults.EvaluationMinutesAfterEnd,
            EvaluationReminderDaysAfter = r.Int(s, "evaluationReminderDaysAfter", P) ?? defaults.EvaluationReminderDaysAfter,
            EvaluationOpenDays = r.Int(s, "evaluationOpenDays", P) ?? defaults.EvaluationOpenDays,
            OpenScreenReminderMinutesBefore = r.IntArray(s, "openScreenReminderMinutesBefore", P) ?? defaults.OpenScreenReminderMinutesBefore,
            ProgressPlanDaysAfter = r.Int(s, "progressPlanDaysAfter", P) ?? defaults.ProgressPlanDaysAfter,
            ProgressPlanDeadlineDaysAfter = r.Int(s, "progressPlanDeadlineDaysAfter", P) ?? defaults.ProgressPlanDeadlineDaysAfter,
            ProgressPlanReminderDaysBefore = r.IntArray(s, "progressPlanReminderDaysBefore", P) ?? defaults.ProgressPlanReminderDaysBefore,
            FollowUpReminderDaysAfter = r.Int(s, "followUpReminderDaysAfter", P) ?? defaults.FollowUpReminderDaysAfter,
            StalledAfterDays = r.Int(s, "stalledAfterDays", P) ?? defaults.StalledAfterDays,
            WorkingHoursStart = workStart,
            WorkingHoursEnd = workEnd,
            BlackoutPeriods = blackouts,
        };
    }

    /// <summary>A local time of day <c>HH:mm</c>, or null (absent, or refused with an issue).</summary>
    private static TimeOnly? TimeOfDay(PlanJsonReader r, JsonElement obj, string name, string path)
    {
        if (r.String(obj, name, path) is not { } text)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            return t;
        }

        r.Issues.Add(PlanIssue.Error($"{path}.{name}", PlanIssueCodes.NotATimeOfDay, $"'{text}' is not a time of day: write HH:mm.", ("value", text)));
        return null;
    }

    public static (List<NetworkTeam> Teams, List<Member> Members) Teams(PlanJsonReader r, JsonElement root)
    {
        var teams = new List<NetworkTeam>();
        var members = new List<Member>();
        foreach (var (t, path) in r.Array(root, "teams", "$", required: true))
        {
            if (!r.IsObject(t, path))
            {
                continue;
            }

            r.OnlyKnown(t, path, "id", "municipality", "name", "unit", "contactPerson", "advisor", "members");
            var teamId = r.String(t, "id", path, true) ?? "";
            teams.Add(new NetworkTeam
            {
                Id = teamId,
                MunicipalityId = r.String(t, "municipality", path, true) ?? "",
                Name = r.String(t, "name", path, true) ?? "",
                Unit = r.String(t, "unit", path),
                ContactPersonId = r.String(t, "contactPerson", path),
                AdvisorId = r.String(t, "advisor", path),
            });
            foreach (var (m, mPath) in r.Array(t, "members", path))
            {
                if (r.IsObject(m, mPath))
                {
                    members.Add(ReadMember(r, m, mPath, teamId));
                }
            }
        }

        return (teams, members);
    }

    private static Member ReadMember(PlanJsonReader r, JsonElement m, string path, string teamId)
    {
        r.OnlyKnown(m, path, "id", "name", "email", "aadObjectId", "roles", "guest");
        var roles = TeamRoles.None;
        foreach (var (role, rolePath) in r.Array(m, "roles", path))
        {
            if (role.ValueKind == JsonValueKind.String && TeamRoleNames.TryParse(role.GetString(), out var parsed))
            {
                roles |= parsed;
            }
            else
            {
                r.Issues.Add(PlanIssue.Error(rolePath, PlanIssueCodes.UnknownRole, $"Unknown role {role}. Roles: {string.Join(", ", TeamRoleNames.All)}.",
                    ("value", role.ToString()), ("roles", string.Join(", ", TeamRoleNames.All))));
            }
        }

        return new Member
        {
            Id = r.String(m, "id", path, true) ?? "",
            TeamId = teamId,
            Name = r.String(m, "name", path, true) ?? "",
            Email = r.String(m, "email", path),
            AadObjectId = r.String(m, "aadObjectId", path),
            Roles = roles,
            IsGuest = r.Bool(m, "guest", path) ?? false,
        };
    }

    public static List<Gathering> Gatherings(PlanJsonReader r, JsonElement root) =>
        [.. r.Array(root, "gatherings", "$", required: true).Where(x => r.IsObject(x.Item, x.Path)).Select(x =>
        {
            var (g, p) = x;
            r.OnlyKnown(g, p, "number", "theme", "start", "end", "mode", "place", "agenda", "meetingUrl", "statusReportDeadline", "evaluationOpens", "evaluationCloses");
            var mode = r.String(g, "mode", p) ?? "physical";
            if (mode is not ("physical" or "digital"))
            {
                r.Issues.Add(PlanIssue.Error(p + ".mode", PlanIssueCodes.UnknownMode, $"Unknown mode '{mode}': use physical or digital.", ("value", mode)));
            }

            return new Gathering
            {
                Number = r.Int(g, "number", p, true) ?? 0,
                Theme = r.String(g, "theme", p, true) ?? "",
                Start = r.LocalTime(g, "start", p, true) ?? DateTimeOffset.MinValue,
                End = r.LocalTime(g, "end", p, true) ?? DateTimeOffset.MinValue,
                Mode = mode == "digital" ? GatheringMode.Digital : GatheringMode.Physical,
                Place = r.String(g, "place", p),
                MeetingUrl = r.String(g, "meetingUrl", p),
                Agenda = r.String(g, "agenda", p),
                StatusReportDeadline = r.LocalTime(g, "statusReportDeadline", p),
                EvaluationOpens = r.LocalTime(g, "evaluationOpens", p),
                EvaluationCloses = r.LocalTime(g, "evaluationCloses", p),
            };
        })];

    public static List<TaskItem> Tasks(PlanJsonReader r, JsonElement root) =>
        [.. r.Array(root, "tasks", "$").Where(x => r.IsObject(x.Item, x.Path)).Select(x =>
        {
            var (t, p) = x;
            r.OnlyKnown(t, p, "id", "title", "description", "givenAt", "dueBefore", "dueAt");
            return new TaskItem
            {
                Id = r.String(t, "id", p, true) ?? "",
                Title = r.String(t, "title", p, true) ?? "",
                Description = r.String(t, "description", p),
                GivenAt = r.Int(t, "givenAt", p, true) ?? 0,
                DueBefore = r.Int(t, "dueBefore", p),
                DueAt = r.LocalTime(t, "dueAt", p),
            };
        })];

    public static List<EvaluationItem> Items(PlanJsonReader r, JsonElement root) =>
        [.. r.Array(root, "evaluationItems", "$").Where(x => r.IsObject(x.Item, x.Path)).Select(x =>
        {
            var (e, p) = x;
            r.OnlyKnown(e, p, "id", "kind", "text", "stable", "gatherings");
            var kindText = r.String(e, "kind", p, true);
            EvaluationItemKind? kind = kindText switch
            {
                "likert" => EvaluationItemKind.Likert,
                "rating" => EvaluationItemKind.Rating,
                "hours" => EvaluationItemKind.Hours,
                "text" => EvaluationItemKind.Text,
                _ => null,
            };
            if (kindText is not null && kind is null)
            {
                r.Issues.Add(PlanIssue.Error(p + ".kind", PlanIssueCodes.UnknownEvaluationKind, $"Unknown kind '{kindText}': use likert, rating, hours or text.", ("value", kindText)));
            }

            string? nb = null, en = null;
            if (PlanJsonReader.TryGet(e, "text", out var text) && r.IsObject(text, p + ".text"))
            {
                r.OnlyKnown(text, p + ".text", "nb", "en");
                nb = r.String(text, "nb", p + ".text", true);
                en = r.String(text, "en", p + ".text");
            }
            else if (!e.TryGetProperty("text", out _))
            {
                r.Issues.Add(PlanIssue.Required(p, "text"));
            }

            return new EvaluationItem
            {
                Id = r.String(e, "id", p, true) ?? "",
                Kind = kind ?? EvaluationItemKind.Likert,
                TextNb = nb ?? "",
                TextEn = en,
                Stable = r.Bool(e, "stable", p) ?? false,
                Gatherings = r.IntArray(e, "gatherings", p),
            };
        })];

    /// <summary><see cref="ReportItemKind"/>, <see cref="ReportSection"/> as the plan writes them.</summary>
    public static readonly IReadOnlyList<(string Name, ReportItemKind Kind)> ReportKinds =
        [("text", ReportItemKind.Text), ("number", ReportItemKind.Number), ("count", ReportItemKind.Count), ("likert", ReportItemKind.Likert), ("tasks", ReportItemKind.TaskOutcomes),
            ("ratio", ReportItemKind.Ratio)];

    public static readonly IReadOnlyList<(string Name, MeasureDirection Direction)> Directions =
        [("none", MeasureDirection.None), ("up", MeasureDirection.Up), ("down", MeasureDirection.Down)];

    public static readonly IReadOnlyList<(string Name, ReportSection Section)> ReportSections =
        [("tasks", ReportSection.Tasks), ("goals", ReportSection.Goals), ("hours", ReportSection.Hours), ("figures", ReportSection.Figures), ("final", ReportSection.Final),
            ("other", ReportSection.Other)];

    /// <summary>The plan's <c>reportItems</c>; a plan without them asks <see cref="ReportItems.Defaults"/>.</summary>
    public static IReadOnlyList<ReportItem> ReportItemList(PlanJsonReader r, JsonElement root)
    {
        if (!PlanJsonReader.TryGet(root, "reportItems", out _))
        {
            return ReportItems.Defaults;
        }

        return [.. r.Array(root, "reportItems", "$").Where(x => r.IsObject(x.Item, x.Path)).Select(x =>
        {
            var (e, p) = x;
            r.OnlyKnown(e, p, "id", "kind", "section", "text", "definition", "required", "fromGathering", "gatherings", "notYetKnown",
                "numerator", "denominator", "direction", "target", "targetLabel", "finalOnly");
            var kindText = r.String(e, "kind", p, true);
            var kind = ReportKinds.FirstOrDefault(k => k.Name == kindText);
            if (kindText is not null && kind.Name is null)
            {
                r.Issues.Add(PlanIssue.Error(p + ".kind", PlanIssueCodes.UnknownReportKind, $"Unknown kind '{kindText}': use text, number, count, likert, tasks or ratio.", ("value", kindText)));
            }

            var directionText = r.String(e, "direction", p);
            var direction = Directions.FirstOrDefault(d => d.Name == directionText);
            if (directionText is not null && direction.Name is null)
            {
                r.Issues.Add(PlanIssue.Error(p + ".direction", PlanIssueCodes.UnknownDirection, $"Unknown direction '{directionText}': use up, down or none.", ("value", directionText)));
            }

            var sectionText = r.String(e, "section", p, true);
            var section = ReportSections.FirstOrDefault(k => k.Name == sectionText);
            if (sectionText is not null && section.Name is null)
            {
                r.Issues.Add(PlanIssue.Error(p + ".section", PlanIssueCodes.UnknownReportSection, $"Unknown section '{sectionText}': use tasks, goals, hours, figures, final or other.", ("value", sectionText)));
            }

            var (textNb, textEn) = Localized(r, e, "text", p, required: true);
            var (definitionNb, definitionEn) = Localized(r, e, "definition", p, required: false);
            var (targetNb, targetEn) = Localized(r, e, "targetLabel", p, required: false);
            return new ReportItem
            {
                Id = r.String(e, "id", p, true) ?? "",
                Kind = kind.Kind,
                Section = section.Section,
                TextNb = textNb ?? "",
                TextEn = textEn,
                DefinitionNb = definitionNb,
                DefinitionEn = definitionEn,
                Required = r.Bool(e, "required", p) ?? false,
                FromGathering = r.Int(e, "fromGathering", p),
                Gatherings = r.IntArray(e, "gatherings", p),
                NotYetKnown = r.Bool(e, "notYetKnown", p) ?? false,
                FinalOnly = r.Bool(e, "finalOnly", p) ?? false,
                Numerator = r.String(e, "numerator", p),
                Denominator = r.String(e, "denominator", p),
                Direction = direction.Direction,
                Target = r.Decimal(e, "target", p),
                TargetLabelNb = targetNb,
                TargetLabelEn = targetEn,
            };
        })];
    }

    private static (string? Nb, string? En) Localized(PlanJsonReader r, JsonElement e, string name, string p, bool required)
    {
        if (PlanJsonReader.TryGet(e, name, out var text) && r.IsObject(text, $"{p}.{name}"))
        {
            r.OnlyKnown(text, $"{p}.{name}", "nb", "en");
            return (r.String(text, "nb", $"{p}.{name}", true), r.String(text, "en", $"{p}.{name}"));
        }

        if (required && !e.TryGetProperty(name, out _))
        {
            r.Issues.Add(PlanIssue.Required(p, name));
        }

        return (null, null);
    }
}
