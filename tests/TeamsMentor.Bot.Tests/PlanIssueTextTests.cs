using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsMentor.Bot.Tasks;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// No English plan message on a Norwegian screen: one broken plan per issue code reaches every code the plan reader
/// has, and each issue it gives carries the values its bokmål and English texts name (<c>issue.{code}</c>).
/// </summary>
public sealed partial class PlanIssueTextTests
{
    private static readonly string NordJson = File.ReadAllText(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"));

    private static JsonObject Locale(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tab", "src", "locales", name)))!.AsObject();

    private static JsonObject Nord() => JsonNode.Parse(NordJson)!.AsObject();

    private static JsonArray At(JsonObject plan, string name) => plan[name]!.AsArray();

    private static JsonObject Team(JsonObject plan, int i) => At(plan, "teams")[i]!.AsObject();

    private static JsonObject Gathering(JsonObject plan, int i) => At(plan, "gatherings")[i]!.AsObject();

    private static JsonObject Schedule(JsonObject plan) => (plan["schedule"] ??= new JsonObject()).AsObject();

    private static string Edit(Action<JsonObject> edit)
    {
        var plan = Nord();
        edit(plan);
        return plan.ToJsonString();
    }

    /// <summary>For each code, a broken plan read: it must give that code.</summary>
    private static readonly Dictionary<string, Func<IReadOnlyList<PlanIssue>>> Cases = new(StringComparer.Ordinal)
    {
        [PlanIssueCodes.TooLarge] = () => Read("[" + new string(' ', NetworkPlanDocument.MaxBytes) + "]"),
        [PlanIssueCodes.NotJson] = () => Read("{ \"id\": "),
        [PlanIssueCodes.ExpectedObject] = () => Read("[]"),
        [PlanIssueCodes.ExpectedArray] = () => Read(Edit(p => p["teams"] = "none")),
        [PlanIssueCodes.ExpectedString] = () => Read(Edit(p => p["name"] = 7)),
        [PlanIssueCodes.ExpectedWholeNumber] = () => Read(Edit(p => Gathering(p, 0)["number"] = "one")),
        [PlanIssueCodes.ExpectedBoolean] = () => Read(Edit(p => At(p, "evaluationItems")[0]!["stable"] = "yes")),
        [PlanIssueCodes.UnknownProperty] = () => Read(Edit(p => p["colour"] = "blue")),
        [PlanIssueCodes.Required] = () => Read(Edit(p => p.Remove("id"))),
        [PlanIssueCodes.NotADate] = () => Read(Edit(p => p["period"]!["start"] = "1. september")),
        [PlanIssueCodes.NotALocalTime] = () => Read(Edit(p => Gathering(p, 0)["start"] = "2023-04-26 11:00+02:00")),
        [PlanIssueCodes.YearOutOfRange] = () => Read(Edit(p => p["period"]!["start"] = "1999-09-01")),
        [PlanIssueCodes.FormatVersion] = () => Read(Edit(p => p["formatVersion"] = 2)),
        [PlanIssueCodes.PeriodRequired] = () => Read(Edit(p => p.Remove("period"))),
        [PlanIssueCodes.InvalidId] = () => Read(Edit(p => Team(p, 0)["id"] = "Tromsø sone 1")),
        [PlanIssueCodes.DuplicateId] = () => Read(Edit(p => Team(p, 1)["id"] = Team(p, 0)["id"]!.GetValue<string>())),
        [PlanIssueCodes.NameRequired] = () => Read(Edit(p => p["name"] = " ")),
        [PlanIssueCodes.TooLong] = () => Read(Edit(p => p["name"] = new string('x', 201))),
        [PlanIssueCodes.MemberTextTooLong] = () => Read(Edit(p => Team(p, 0)["members"]![0]!["name"] = new string('x', 201))),
        [PlanIssueCodes.TooManyReportItems] = () => Read(Edit(p => { for (var i = 0; i < 101; i++) { At(p, "reportItems").Add(new JsonObject { ["id"] = $"q{i}", ["kind"] = "text", ["section"] = "other", ["text"] = new JsonObject { ["nb"] = "Spørsmål" } }); } })),
        [PlanIssueCodes.TooManyListed] = () => Read(Edit(p => { for (var i = 0; i < 51; i++) { At(p, "organizers").Add(new JsonObject { ["id"] = $"org-{i}", ["name"] = "Arrangør" }); } })),
        [PlanIssueCodes.PeriodEndsBeforeStart] = () => Read(Edit(p => p["period"]!["end"] = "2022-01-01")),
        [PlanIssueCodes.UnknownTimeZone] = () => Read(Edit(p => p["timeZone"] = "Norge/Tromsø")),
        [PlanIssueCodes.UnsupportedLocale] = () => Read(Edit(p => p["defaultLocale"] = "nn-NO")),
        [PlanIssueCodes.SmallGroupMinimum] = () => Read(Edit(p => p["smallGroupMinimum"] = 2)),
        [PlanIssueCodes.NoOrganizer] = () => Read(Edit(p => p["organizers"] = new JsonArray())),
        [PlanIssueCodes.NotATimeOfDay] = () => Read(Edit(p => Schedule(p)["sendAtLocalTime"] = "kl. 9")),
        [PlanIssueCodes.UnknownPromptTo] = () => Read(Edit(p => Schedule(p)["statusPromptTo"] = "alle")),
        [PlanIssueCodes.StatusPromptDays] = () => Read(Edit(p => Schedule(p)["statusPromptDaysBefore"] = 120)),
        [PlanIssueCodes.StatusDeadlineDays] = () => Read(Edit(p => Schedule(p)["statusDeadlineDaysBefore"] = 20)),
        [PlanIssueCodes.StatusReminderDays] = () => Read(Edit(p => Schedule(p)["statusReminderDaysBefore"] = new JsonArray(30))),
        [PlanIssueCodes.EvaluationOpenDays] = () => Read(Edit(p => Schedule(p)["evaluationOpenDays"] = 90)),
        [PlanIssueCodes.EvaluationReminderDays] = () => Read(Edit(p => Schedule(p)["evaluationReminderDaysAfter"] = 10)),
        [PlanIssueCodes.EvaluationMinutesAfterEnd] = () => Read(Edit(p => Schedule(p)["evaluationMinutesAfterEnd"] = -2000)),
        [PlanIssueCodes.EvaluationOpensBeforeStart] = () => Read(Edit(p => Gathering(p, 1)["evaluationOpens"] = "2022-01-01T10:00")),
        [PlanIssueCodes.OpenScreenReminderMinutes] = () => Read(Edit(p => Schedule(p)["openScreenReminderMinutesBefore"] = new JsonArray(0))),
        [PlanIssueCodes.ProgressPlanDays] = () => Read(Edit(p => Schedule(p)["progressPlanDaysAfter"] = 90)),
        [PlanIssueCodes.ProgressPlanDeadline] = () => Read(Edit(p => { Schedule(p)["progressPlanDaysAfter"] = 10; Schedule(p)["progressPlanDeadlineDaysAfter"] = 5; })),
        [PlanIssueCodes.StalledAfterDays] = () => Read(Edit(p => Schedule(p)["stalledAfterDays"] = 3)),
        [PlanIssueCodes.FollowUpReminderDays] = () => Read(Edit(p => Schedule(p)["followUpReminderDaysAfter"] = 0)),
        [PlanIssueCodes.ProgressPlanReminderDays] = () => Read(Edit(p => Schedule(p)["progressPlanReminderDaysBefore"] = new JsonArray(0))),
        [PlanIssueCodes.WorkingHoursOrder] = () => Read(Edit(p => Schedule(p)["workingHours"] = new JsonObject { ["start"] = "16:00", ["end"] = "08:00" })),
        [PlanIssueCodes.BlackoutEndsBeforeStart] = () => Read(Edit(p => Schedule(p)["blackoutPeriods"] = new JsonArray(new JsonObject { ["start"] = "2024-07-28", ["end"] = "2024-07-08" }))),
        [PlanIssueCodes.UnknownMunicipality] = () => Read(Edit(p => Team(p, 0)["municipality"] = "bodo")),
        [PlanIssueCodes.AdvisorNotOrganizer] = () => Read(Edit(p => Team(p, 0)["advisor"] = "tromso-sone-1-hanne")),
        [PlanIssueCodes.ContactNotMember] = () => Read(Edit(p => Team(p, 0)["contactPerson"] = Team(p, 1)["contactPerson"]!.GetValue<string>())),
        [PlanIssueCodes.TeamNoMembers] = () => Read(Edit(p => { Team(p, 0)["members"] = new JsonArray(); Team(p, 0).Remove("contactPerson"); })),
        [PlanIssueCodes.TeamNoLeader] = () => Read(Edit(p => { foreach (var m in Team(p, 0)["members"]!.AsArray()) { m!["roles"] = new JsonArray(); } })),
        [PlanIssueCodes.TeamNoUnionRepresentative] = () => Read(Edit(p => { foreach (var m in Team(p, 0)["members"]!.AsArray()) { m!["roles"] = new JsonArray("leader"); } })),
        [PlanIssueCodes.UnknownTeam] = MemberOfUnknownTeam,
        [PlanIssueCodes.UnknownRole] = () => Read(Edit(p => Team(p, 0)["members"]![0]!["roles"] = new JsonArray("sjef"))),
        [PlanIssueCodes.GatheringNumbering] = () => Read(Edit(p => Gathering(p, 1)["number"] = 5)),
        [PlanIssueCodes.GatheringEndsBeforeStart] = () => Read(Edit(p => Gathering(p, 0)["end"] = "2022-01-01T10:00")),
        [PlanIssueCodes.GatheringsOverlap] = () => Read(Edit(p => Gathering(p, 1)["start"] = Gathering(p, 0)["start"]!.GetValue<string>())),
        [PlanIssueCodes.DeadlineAfterGatheringStart] = () => Read(Edit(p => Gathering(p, 1)["statusReportDeadline"] = Gathering(p, 1)["end"]!.GetValue<string>())),
        [PlanIssueCodes.EvaluationClosesBeforeEnd] = () => Read(Edit(p => Gathering(p, 1)["evaluationCloses"] = Gathering(p, 1)["start"]!.GetValue<string>())),
        [PlanIssueCodes.UnknownMode] = () => Read(Edit(p => Gathering(p, 0)["mode"] = "hybrid")),
        [PlanIssueCodes.GatheringOutsidePeriod] = () => Read(Edit(p => p["period"]!["end"] = "2024-06-30")),
        [PlanIssueCodes.GatheringMeetingUrl] = () => Read(Edit(p => Gathering(p, 1)["meetingUrl"] = "https://zoom.example.com/j/1")),
        [PlanIssueCodes.GatheringNoPlace] = () => Read(Edit(p => { Gathering(p, 0)["mode"] = "physical"; Gathering(p, 0).Remove("place"); })),
        [PlanIssueCodes.NoSuchGathering] = () => Read(Edit(p => At(p, "tasks")[0]!["givenAt"] = 9)),
        [PlanIssueCodes.TaskDueBeforeHandedOut] = () => Read(Edit(p => At(p, "tasks")[0]!["dueAt"] = "2022-01-01T10:00")),
        [PlanIssueCodes.TaskDueBeforeOutOfRange] = () => Read(Edit(p => At(p, "tasks")[0]!["dueBefore"] = 1)),
        [PlanIssueCodes.TaskAtLastGatheringNeedsDueAt] = () => Read(Edit(p => { At(p, "tasks")[0]!["givenAt"] = 7; At(p, "tasks")[0]!.AsObject().Remove("dueBefore"); })),
        [PlanIssueCodes.ItemNeedsGatherings] = () => Read(Edit(p => At(p, "evaluationItems")[1]!["stable"] = false)),
        [PlanIssueCodes.UnknownEvaluationKind] = () => Read(Edit(p => At(p, "evaluationItems")[1]!["kind"] = "stars")),
        [PlanIssueCodes.NoTrendItem] = () => Read(Edit(p => { foreach (var e in At(p, "evaluationItems")) { if ((string?)e!["kind"] == "likert") { e["stable"] = false; e["gatherings"] = new JsonArray(1); } } })),
        [PlanIssueCodes.ExpectedNumber] = () => Read(Edit(p => At(p, "reportItems")[6]!["target"] = "mange")),
        [PlanIssueCodes.UnknownDirection] = () => Read(Edit(p => At(p, "reportItems")[6]!["direction"] = "sideways")),
        [PlanIssueCodes.RatioParts] = () => Read(Edit(p => At(p, "reportItems").Add(new JsonObject
        {
            ["id"] = "andel", ["kind"] = "ratio", ["section"] = "figures", ["text"] = new JsonObject { ["nb"] = "Andel" }, ["numerator"] = "subGoals", ["denominator"] = "mentors",
        }))),
        [PlanIssueCodes.RatioOnly] = () => Read(Edit(p => At(p, "reportItems")[6]!["numerator"] = "mentorsTrained")),
        [PlanIssueCodes.NotAMeasure] = () => Read(Edit(p => At(p, "reportItems")[1]!["direction"] = "up")),
        [PlanIssueCodes.UnknownReportKind] = () => Read(Edit(p => At(p, "reportItems")[1]!["kind"] = "essay")),
        [PlanIssueCodes.UnknownReportSection] = () => Read(Edit(p => At(p, "reportItems")[1]!["section"] = "misc")),
        [PlanIssueCodes.ReportItemKindFixed] = () => Read(Edit(p => At(p, "reportItems")[0]!["kind"] = "text")),
        [PlanIssueCodes.TaskOutcomesOnce] = () => Read(Edit(p => At(p, "reportItems").Add(new JsonObject { ["id"] = "more-tasks", ["kind"] = "tasks", ["section"] = "tasks", ["text"] = new JsonObject { ["nb"] = "Flere oppgaver" } }))),
        [PlanIssueCodes.NotYetKnownOnlyForCounts] = () => Read(Edit(p => At(p, "reportItems")[1]!["notYetKnown"] = true)),
    };

    /// <summary>A member of a team the plan does not have: the document nests members in teams, so only a record can say it.</summary>
    private static IReadOnlyList<PlanIssue> MemberOfUnknownTeam()
    {
        var plan = NetworkPlanDocument.Read(Encoding.UTF8.GetBytes(NordJson)).Plan!;
        return NetworkPlanRules.Validate(plan with { Members = [.. plan.Members, plan.Members[0] with { Id = "stray", TeamId = "bodo-sykehjem" }] });
    }

    private static IReadOnlyList<PlanIssue> Read(string document) => NetworkPlanDocument.Read(Encoding.UTF8.GetBytes(document)).Issues;

    public static TheoryData<string> Codes() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryIssue_HasATextInBothLanguages_NamingOnlyValuesItCarries(string code)
    {
        var (nb, en) = (Locale("nb-NO.json"), Locale("en.json"));
        var issues = Cases[code]();
        Assert.Contains(issues, i => i.Code == code);
        foreach (var issue in issues)
        {
            Assert.Contains(issue.Code, PlanIssueCodes.All);
            foreach (var locale in new[] { nb, en })
            {
                var text = (string?)locale["issue." + issue.Code];
                Assert.False(text is null, $"no text for issue.{issue.Code}");
                var missing = Placeholders(text!).Where(name => !issue.Args.ContainsKey(name)).ToList();
                Assert.True(missing.Count == 0, $"issue.{issue.Code} names {string.Join(", ", missing)}, which {issue.Path} does not carry");
            }
        }
    }

    [Fact]
    public void TheCases_ReachEveryCode()
    {
        var unreached = PlanIssueCodes.All.Where(code => !Cases.ContainsKey(code)).ToList();
        Assert.True(unreached.Count == 0, "no case for " + string.Join(", ", unreached));
    }

    [Fact]
    public void EveryCode_HasATextInBokmalAndEnglish_WithTheSameValues()
    {
        var (nb, en) = (Locale("nb-NO.json"), Locale("en.json"));
        foreach (var code in PlanIssueCodes.All.Concat(TaskIssueCodes.All).Concat(TeamsMentor.Bot.FollowUps.FollowUpIssueCodes.All))
        {
            var key = "issue." + code;
            Assert.True(nb[key] is not null && en[key] is not null, $"no text for {key}");
            Assert.Equal(Placeholders((string)nb[key]!).Order(StringComparer.Ordinal), Placeholders((string)en[key]!).Order(StringComparer.Ordinal));
        }

        var known = PlanIssueCodes.All.Concat(TaskIssueCodes.All).Concat(TeamsMentor.Bot.FollowUps.FollowUpIssueCodes.All).Select(c => "issue." + c).ToHashSet(StringComparer.Ordinal);
        var leftOver = nb.Select(p => p.Key).Where(k => k.StartsWith("issue.", StringComparison.Ordinal) && !known.Contains(k)).ToList();
        Assert.True(leftOver.Count == 0, "texts for no code: " + string.Join(", ", leftOver));
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
