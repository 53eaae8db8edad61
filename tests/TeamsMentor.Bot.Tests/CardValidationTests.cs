using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Bot.Ledger;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Bot.OpenScreen;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Bot.Tasks;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Tasks;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>Every card the bot can send, in both languages, through the real adaptivecards parser: zero events, under 40 KB.</summary>
public sealed class CardValidationTests
{
    public const int MaxCardBytes = 40 * 1024;

    public static IEnumerable<(string Name, JsonObject Card)> AllCards()
    {
        var help = new HelpCard(new BotText(), Microsoft.Extensions.Options.Options.Create(new TeamsMentor.Bot.Hosting.AppOptions { PublicUrl = new Uri("https://teamsmentor.example.no") }));
        var plan = NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"))).Plan!;
        var team = plan.Teams[0];
        var me = plan.MembersOf(team.Id).First();
        var progress = new List<TeamTaskProgress> { new() { TeamId = team.Id, TaskId = plan.Tasks[2].Id, State = TaskState.InProgress } };
        foreach (var culture in new[] { BotLocale.Norwegian, BotLocale.English })
        {
            var t = new CardText(new BotText(), culture);
            var c = culture.Name;
            foreach (var reason in Enum.GetValues<HelpCard.Reason>())
            {
                yield return ($"help/{c}/{reason}", help.Build(culture, reason));
            }

            yield return ($"link/{c}", LinkCard.Build(t, [plan]));
            yield return ($"link/{c}/error", LinkCard.Build(t, [plan], current: team.Name, selected: $"{plan.Network.Id}/{team.Id}", error: t.Format("Link_OnlyOrganizers", plan.Network.Name)));
            yield return ($"linked/{c}", LinkCard.Linked(t, plan, plan.Teams.Single(x => x.Id == "dyroy"), 5, "Ragnhild Sørvik"));
            yield return ($"role/{c}/unknown", RoleCard.Build(t, plan, team, null));
            yield return ($"role/{c}/known-saved", RoleCard.Build(t, plan, team, me, saved: t.Format("Role_Saved", me.Name, t.RoleList(me.Roles))));
            yield return ($"role/{c}/error", RoleCard.Build(t, plan, team, null, "new", "mentor", t["Role_Conflict"]));
            foreach (var day in new[] { new DateTimeOffset(2023, 4, 12, 9, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2024, 10, 30, 10, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) })
            {
                yield return ($"plan/{c}/{day:yyyy-MM-dd}", PlanCard.Build(t, plan, team, progress, day, t.Format("Plan_SeveralTeams", team.Name)));
            }

            yield return ($"notice/{c}", NoticeCard.Build(t["Plan_NextGathering"], t["Plan_NotLinked"]));
            yield return ($"prompt/{c}/status", PromptCard.Status(t, plan.Network, team, plan.Gatherings[1], reminder: false));
            yield return ($"prompt/{c}/status-reminder", PromptCard.Status(t, plan.Network, team, plan.Gatherings[1], reminder: true));
            yield return ($"report-choice/{c}", ReportCommandCards.Choice(t, [(plan, plan.Teams[0], plan.Gatherings[2]), (plan, plan.Teams[1], plan.Gatherings[2])]));
            foreach (var (name, card) in EvaluationCards(t, plan))
            {
                yield return ($"evaluation/{c}/{name}", card);
            }

            foreach (var (name, card) in OpenScreenCards(t, plan))
            {
                yield return ($"open-screen/{c}/{name}", card);
            }

            var waves = new List<TeamsMentor.Domain.Delivery.WaveSummary>
            {
                new("status:nord:2:bodo", plan.Network.Id, "StatusPrompt", 2, team.Name, new DateTimeOffset(2023, 4, 12, 9, 0, 0, TimeSpan.Zero), 1,
                    new Dictionary<TeamsMentor.Domain.Delivery.DeliveryState, int> { [TeamsMentor.Domain.Delivery.DeliveryState.Sent] = 1 }),
                new("evaluation:nord:1", plan.Network.Id, "Evaluation", 1, null, new DateTimeOffset(2023, 3, 30, 15, 0, 0, TimeSpan.Zero), 30,
                    new Dictionary<TeamsMentor.Domain.Delivery.DeliveryState, int>
                    {
                        [TeamsMentor.Domain.Delivery.DeliveryState.Sent] = 26, [TeamsMentor.Domain.Delivery.DeliveryState.Retrying] = 2,
                        [TeamsMentor.Domain.Delivery.DeliveryState.Failed] = 1, [TeamsMentor.Domain.Delivery.DeliveryState.Unreachable] = 1,
                    }),
            };
            yield return ($"delivery/{c}", DeliveryCard.Build(t, [(plan, waves)]));
            var g3 = plan.Gatherings[2];
            var at = new DateTimeOffset(2023, 4, 14, 10, 0, 0, TimeSpan.FromHours(2));
            var report = new StatusReport
            {
                TeamId = team.Id, Gathering = 3, State = StatusReportState.Draft, SubGoals = "Mentor til alle nyansatte", Measures = "Mentorkurs",
                GoalAchievement = 3, Hours = 12.5m, Figures = new MentorFigures(6, 4, 9, 1), FreeText = "Bra fart",
                Tasks = [new TaskResult("malinger", TaskOutcome.Partly, "HR teller"), new TaskResult("rekrutter-mentorer", TaskOutcome.Done, null)],
                LastEditedBy = me.Name, LastEditedAt = at,
            };
            var submitted = report with { State = StatusReportState.Submitted, SubmittedBy = me.Name, SubmittedAt = at };
            var typed = new ReportForm(new Dictionary<string, string?>(ReportForm.From(report).Values) { ["mentors"] = "-2", ["newHiresWithMentorQuit"] = "12" });
            yield return ($"report/{c}/shared-new", StatusReportCard.Shared(t, plan, team, g3, null));
            var contactKnown = plan with { Members = [.. plan.Members.Select(m => m.Id == plan.ContactOf(team)!.Id ? m with { AadObjectId = "0b6f1c5e-aaaa-4bbb-8ccc-123456789abc" } : m)] };
            yield return ($"report/{c}/shared-mention", StatusReportCard.Shared(t, contactKnown, team, g3, null));
            yield return ($"report/{c}/shared-draft", StatusReportCard.Shared(t, plan, team, g3, report));
            yield return ($"report/{c}/shared-submitted", StatusReportCard.Shared(t, plan, team, g3, submitted));
            yield return ($"report/{c}/edit-prefilled", StatusReportCard.Editable(t, plan, team, g3, ReportForm.From(report), "W/\"1\"", report, []));
            yield return ($"report/{c}/edit-empty", StatusReportCard.Editable(t, plan, team, plan.Gatherings[0], new ReportForm(new Dictionary<string, string?>()), null, null, []));
            yield return ($"report/{c}/edit-invalid", StatusReportCard.Editable(t, plan, team, g3, typed, "W/\"1\"", report,
                [new("mentors", "negative"), new("newHiresWithMentorQuit", "moreQuitsThanNewHires"), new("task.malinger", "required"), new("hours", "notANumber")], t["Report_Invalid"], noticeIsError: true));
            yield return ($"report/{c}/edit-conflict", StatusReportCard.Editable(t, plan, team, g3, typed, "W/\"2\"", submitted, [], t["Report_Conflict"], noticeIsError: true,
                StatusReportCard.Summary(t, plan, submitted)));
            var asked = StatusReportRules.Asked(plan, 3);
            var taskIds = StatusReportRules.TasksToAnswer(plan, 3).Select(x => x.Id).ToList();
            var sectioned = report with { SectionVersions = new Dictionary<string, string> { ["Tasks"] = "a1", ["Goals"] = "b2" } };
            yield return ($"report/{c}/overview-new", StatusReportCard.Overview(t, plan, team, g3, null,
                ReportSections.States(asked, taskIds, new StatusReport { TeamId = team.Id, Gathering = 3 }), null));
            yield return ($"report/{c}/overview-partly", StatusReportCard.Overview(t, plan, team, g3, new(sectioned, "W/\"3\""),
                ReportSections.States(asked, taskIds, sectioned with { Hours = null, Figures = null }), null, t.Format("Report_SectionSaved", t["Report_Section_Goals"])));
            yield return ($"report/{c}/overview-complete", StatusReportCard.Overview(t, plan, team, g3, new(submitted, "W/\"4\""),
                ReportSections.States(asked, taskIds, submitted), new string('a', 64)));
            foreach (var section in ReportSections.Asked(asked, taskIds))
            {
                yield return ($"report/{c}/section-{section}", StatusReportCard.Section(t, plan, team, g3, section, ReportForm.From(report), "a1", sectioned, []));
            }

            var last = plan.Gatherings[^1];
            yield return ($"report/{c}/section-Final", StatusReportCard.Section(t, plan, team, last, ReportSection.Final,
                new ReportForm(new Dictionary<string, string?> { ["finalGoals"] = "Mentor til alle nytilsatte" }), null, null, []));
            yield return ($"report/{c}/section-invalid", StatusReportCard.Section(t, plan, team, g3, ReportSection.Figures, typed, "a1", submitted,
                [new("mentors", "negative"), new("newHiresWithMentorQuit", "moreQuitsThanNewHires")], t["Report_Invalid"], noticeIsError: true));
            yield return ($"report/{c}/section-conflict", StatusReportCard.Section(t, plan, team, g3, ReportSection.Goals, typed, "b3", sectioned, [], t["Report_ConflictSection"],
                noticeIsError: true, StatusReportCard.Summary(t, plan, sectioned, ReportSection.Goals)));
            yield return ($"report/{c}/submitted", StatusReportCard.Submitted(t, plan, team, g3, submitted));
            yield return ($"report/{c}/submit-not-confirmed", StatusReportCard.SubmitNotConfirmed(t, new ReportCardData(plan.Network.Id, team.Id, 3, "W/\"4\"", "tok") { Complete = "" }));
            var draftOther = report with { TeamId = plan.Teams[1].Id };
            yield return ($"digest/{c}", StatusDigestCard.Build(t, plan, g3, [submitted, draftOther]));
            yield return ($"digest/{c}/none", StatusDigestCard.Build(t, plan, g3, []));
            yield return ($"digest/{c}/all-in", StatusDigestCard.Build(t, plan, g3, [.. plan.Teams.Select(x => submitted with { TeamId = x.Id })]));
            yield return ($"linked-organizers/{c}", LinkCard.LinkedOrganizers(t, plan, "Ragnhild Sørvik"));
            yield return ($"report/{c}/read-only", StatusReportCard.ReadOnly(t, plan, team, g3, submitted, canReopen: false));
            yield return ($"report/{c}/read-only-organizer", StatusReportCard.ReadOnly(t, plan, team, g3, submitted, canReopen: true));
            yield return ($"delivery/{c}/empty", DeliveryCard.Build(t, [(plan, [])]));
            foreach (var (name, card) in ProgressPlanCards(t, plan))
            {
                yield return ($"progress-plan/{c}/{name}", card);
            }

            var followUp = new TeamsMentor.Domain.FollowUps.FollowUp
            {
                Id = "0123456789abcdef0123", TeamId = team.Id, Period = 3, Mode = TeamsMentor.Domain.FollowUps.FollowUpMode.Teams,
                Start = new DateTimeOffset(2023, 5, 10, 10, 0, 0, TimeSpan.FromHours(2)), AdvisorId = plan.Network.Organizers[0].Id, BookedBy = plan.Network.Organizers[0].Name,
                JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0",
            };
            foreach (var state in Enum.GetValues<TeamsMentor.Domain.FollowUps.FollowUpState>())
            {
                yield return ($"follow-up/{c}/{state}", TeamsMentor.Bot.FollowUps.FollowUpCard.Invite(t, plan, followUp with { State = state, ProposedStart = followUp.Start.AddDays(2) }));
            }

            yield return ($"follow-up/{c}/moved", TeamsMentor.Bot.FollowUps.FollowUpCard.Invite(t, plan, followUp with { State = TeamsMentor.Domain.FollowUps.FollowUpState.Cancelled }, t["Fu_Moved"]));
            yield return ($"follow-up/{c}/invalid", TeamsMentor.Bot.FollowUps.FollowUpCard.Invite(t, plan, followUp, t.Format("Fu_ProposeInvalid", 4), noticeIsError: true));
            var now = new DateTimeOffset(2023, 5, 2, 8, 0, 0, TimeSpan.FromHours(2));
            var quiet = TeamsMentor.Domain.Health.NetworkHealth.Assess(plan, new TeamsMentor.Domain.Health.HealthSignals([], new Dictionary<string, IReadOnlyList<TeamTaskProgress>>(),
                [], new Dictionary<string, DateTimeOffset>()), now);
            yield return ($"health/{c}/all-stalled", TeamsMentor.Bot.Health.HealthDigestCard.Build(t, plan, quiet, now));
            yield return ($"health/{c}/none-stalled", TeamsMentor.Bot.Health.HealthDigestCard.Build(t, plan, quiet with { Teams = [.. quiet.Teams.Select(h => h with { Stalled = false, Reasons = [] })] }, now));
            yield return ($"follow-up/{c}/reminder", TeamsMentor.Bot.FollowUps.FollowUpCard.Reminder(t, plan, team, g3, plan.Gatherings[3], new DateTimeOffset(2023, 5, 16, 9, 0, 0, TimeSpan.FromHours(2))));
        }
    }

    /// <summary>The progress-plan card after gathering 3 (Tromsø sone 1): posted, reminded, each state of the view, a refused step, and after the period.</summary>
    private static IEnumerable<(string Name, JsonObject Card)> ProgressPlanCards(CardText t, NetworkPlan plan)
    {
        var team = plan.Teams[0];
        var period = ProgressPlans.Period(plan, 3)!;
        var during = period.Opens.AddDays(2);
        var owner = plan.MembersOf(team.Id).First().Id;
        var draft = new List<TeamTaskProgress>
        {
            new() { TeamId = team.Id, TaskId = period.TaskIds[0], Steps = [new ProgressStep("s1", "Snakk med HR", owner, new DateOnly(2023, 5, 10), false), new ProgressStep("s2", "Finn kurs", null, null, true)] },
        };
        var made = draft.Append(new TeamTaskProgress { TeamId = team.Id, TaskId = period.TaskIds[1], State = TaskState.Done }).ToList();
        yield return ("shared", ProgressPlanCard.Shared(t, plan, team, period, reminder: false));
        yield return ("reminder", ProgressPlanCard.Shared(t, plan, team, period, reminder: true));
        foreach (var state in Enum.GetValues<ProgressPlanState>())
        {
            yield return ($"shared-{state}", ProgressPlanCard.Shared(t, plan, team, period, reminder: false, (state, draft)));
        }

        yield return ("view-open", ProgressPlanCard.View(t, plan, team, period, [], during));
        yield return ("view-draft", ProgressPlanCard.View(t, plan, team, period, draft, during, notice: t["PP_Added"]));
        yield return ("view-made", ProgressPlanCard.View(t, plan, team, period, made, during));
        yield return ("view-invalid", ProgressPlanCard.View(t, plan, team, period, draft, during,
            new Dictionary<string, string> { [ProgressPlanCardData.TaskInput] = "x", [ProgressPlanCardData.DueInput] = "2030-01-01" },
            new Dictionary<string, string> { [ProgressPlanCardData.TaskInput] = t["PP_IssueTask"], [ProgressPlanCardData.OwnerInput] = t["PP_IssueWho"] }, t["PP_Invalid"], noticeIsError: true));
        yield return ("view-closed", ProgressPlanCard.View(t, plan, team, period, made, period.Closes));
    }

    /// <summary>The evaluation card in every form, with an answer set that shows the network's result and the earlier gatherings.</summary>
    private static IEnumerable<(string Name, JsonObject Card)> OpenScreenCards(CardText t, NetworkPlan plan)
    {
        var now = new DateTimeOffset(2023, 4, 27, 14, 0, 0, TimeSpan.FromHours(2));
        var session = new TeamsMentor.Domain.OpenScreen.OpenScreenSession
        {
            Id = "3f9a0c1b2d4e5f60a7b8", Start = now.AddDays(6), DurationMinutes = 45, Topic = "Rekruttering av mentorer", Description = "Ta med spørsmål, også om lønn & turnus.",
            JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0", MeetingEventId = "AAMk1", ChangedAt = now,
        };
        var pasted = session with { Id = "0a0b0c0d0e0f10111213", MeetingEventId = null, TeamIds = [plan.Teams[0].Id, plan.Teams[1].Id] };
        var counts = new TeamsMentor.Domain.OpenScreen.RsvpCounts(12, 3, 2);
        const string ics = "https://teamsmentor.example.no/openscreen/nord/3f9a0c1b2d4e5f60a7b8.ics";
        var typed = TeamsMentor.Bot.OpenScreen.OpenScreenFormCard.Typed(pasted, plan.Network.Zone);
        var issues = new[] { "date", "time", "duration", "topic", "description", "teams", "joinUrl" }
            .Zip(new[] { "inPast", "invalid", "outOfRange", "required", "tooLong", "unknownTeam", "notTeamsLink" }, (f, code) => new TeamsMentor.Domain.OpenScreen.OpenScreenIssue(f, code)).ToList();
        yield return ("choose-network", OpenScreenFormCard.ChooseNetwork(t, [plan, plan with { Network = plan.Network with { Id = "viken", Name = "Viken" } }]));
        yield return ("form-new-graph", OpenScreenFormCard.Form(t, plan, new Dictionary<string, string?>(), [], null, false, null, [session, pasted]));
        yield return ("form-new-link", OpenScreenFormCard.Form(t, plan, typed, issues, null, true, t.Format("Os_Graph_Throttled", 30), []));
        yield return ("form-edit-graph", OpenScreenFormCard.Form(t, plan, OpenScreenFormCard.Typed(session, plan.Network.Zone), [], session, false, null, []));
        yield return ("form-edit-link", OpenScreenFormCard.Form(t, plan, typed, [], pasted, true, t["Os_Conflict"], []));
        yield return ("scheduled", OpenScreenManageCard.Scheduled(t, plan, session, counts, 7, null));
        yield return ("scheduled-no-channels", OpenScreenManageCard.Scheduled(t, plan, pasted, TeamsMentor.Domain.OpenScreen.RsvpCounts.None, 0, t["Os_AlreadyScheduled"]));
        yield return ("changed", OpenScreenManageCard.Scheduled(t, plan, session, counts, null, t["Os_CalendarNotUpdated"]));
        yield return ("cancelled-organizer", OpenScreenManageCard.Cancelled(t, plan, session with { CancelledAt = now }, t["Os_CalendarNotCancelled"]));
        yield return ("meeting-being-made", OpenScreenManageCard.Working(t, plan.Network.Id, session.Id));
        yield return ("meeting-not-yet", OpenScreenManageCard.Working(t, plan.Network.Id, session.Id, t["Os_NotYet"]));
        yield return ("invite-shared", OpenScreenInviteCard.Build(t, plan, session, counts, ics, null, false, now));
        yield return ("invite-mine", OpenScreenInviteCard.Build(t, plan, pasted, counts, null, TeamsMentor.Domain.OpenScreen.RsvpChoice.Maybe, true, now));
        yield return ("invite-over", OpenScreenInviteCard.Build(t, plan, session, counts, ics, TeamsMentor.Domain.OpenScreen.RsvpChoice.Yes, true, session.End));
        yield return ("invite-cancelled", OpenScreenInviteCard.Build(t, plan, session with { CancelledAt = now }, counts, ics, null, false, now));
        yield return ("reminder-day", OpenScreenInviteCard.Reminder(t, plan, session, 1440, counts, ics));
        yield return ("reminder-soon", OpenScreenInviteCard.Reminder(t, plan, pasted, 15, counts, null));
    }

    private static IEnumerable<(string Name, JsonObject Card)> EvaluationCards(CardText t, NetworkPlan plan)
    {
        var g1 = plan.Gatherings[0];
        var g3 = plan.Gatherings[2];
        var answers = Enumerable.Range(0, 12).Select(i => new EvaluationAnswer
        {
            Gathering = 1 + (i % 3),
            MunicipalityId = "tromso",
            Values = new Dictionary<string, EvaluationValue> { ["motivasjon"] = EvaluationValue.OfScore(3 + (i % 3)) },
        }).ToList();
        var typed = new Dictionary<string, string?>
        {
            [EvaluationRules.InputId("motivasjon")] = "dk", [EvaluationRules.InputId("innhold")] = "7", [EvaluationRules.InputId("tidsbruk")] = "7.5",
            [EvaluationRules.InputId("mest-nyttig")] = "Plakatvandringen",
        };
        yield return ("shared", EvaluationCard.Shared(t, plan, g1, reminder: false));
        yield return ("shared-reminder", EvaluationCard.Shared(t, plan, g3, reminder: true));
        yield return ("form-empty", EvaluationCard.Form(t, plan, g1, new Dictionary<string, string?>(), [], answered: false)); // gathering 1 has its own item
        yield return ("form-invalid", EvaluationCard.Form(t, plan, g3, typed,
            [new("innhold", EvaluationIssue.OutOfRange), new("tidsbruk", EvaluationIssue.OutOfRange), new(null, EvaluationIssue.Empty), new("mest-nyttig", EvaluationIssue.TooLong)], answered: true));
        yield return ("answered", EvaluationCard.Answered(t, plan, g3, justNow: true, answers));
        yield return ("answered-few", EvaluationCard.Answered(t, plan, g3, justNow: false, answers.Take(2).ToList()));
        yield return ("closed", EvaluationCard.Closed(t, plan, g3, answers));
    }

    [Fact]
    public async Task AllCards_RealParser_NoEventsAndUnderSizeLimit()
    {
        var cards = AllCards().ToList();
        var results = await CardValidator.ValidateAsync(cards);

        Assert.Equal(cards.Count, results.Count);
        Assert.All(results, r =>
        {
            Assert.True(r.Issues.Count == 0, r.Name + ": " + string.Join("; ", r.Issues));
            Assert.True(r.Bytes < MaxCardBytes, $"{r.Name} is {r.Bytes} bytes");
        });
    }

    [Fact]
    public async Task Validator_BrokenCard_Reported()
    {
        var broken = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.6",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock" }, new JsonObject { ["type"] = "NoSuchElement" }),
        };

        var result = Assert.Single(await CardValidator.ValidateAsync([("broken", broken)]));

        Assert.Equal(3, result.Issues.Count);
    }

    /// <summary>
    /// Text colours that stay readable in every Teams theme: the default, and attention only in bold (for a refusal).
    /// Good, warning, accent and light text is faint on Teams' light background (WCAG 1.4.3); a confirmation is a ✓ on the
    /// "good" container instead, so colour is never the only sign (1.4.1).
    /// </summary>
    [Fact]
    public void AllCards_TextColoursReadable_ConfirmationsMarkedWithoutColour()
    {
        foreach (var (name, card) in AllCards())
        {
            foreach (var node in CardNodes.Objects(card).Where(o => (string?)o["color"] is not null))
            {
                var colour = ((string)node["color"]!).ToLowerInvariant();
                Assert.True(colour is "default" or "dark" || (colour == "attention" && (string?)node["weight"] == "Bolder"),
                    $"{name}: '{node["text"]}' is {colour}");
            }

            foreach (var good in CardNodes.Objects(card).Where(o => (string?)o["style"] == "good" && (string?)o["type"] == "Container"))
            {
                Assert.All(good["items"]!.AsArray().Where(i => (string?)i!["type"] == "TextBlock"), t => Assert.StartsWith("✓", (string)t!["text"]!, StringComparison.Ordinal));
            }
        }

        Assert.Contains(AllCards(), c => CardNodes.Objects(c.Card).Any(o => (string?)o["style"] == "good")); // the rule above had something to check
    }

    [Fact]
    public void AllCards_Version15WithSchema()
    {
        Assert.All(AllCards(), c =>
        {
            Assert.Equal("1.5", (string?)c.Card["version"]);
            Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)c.Card["$schema"]);
        });
    }

    [Fact]
    public void BotText_EveryKeyInBothLanguages_Differs()
    {
        var text = new BotText();
        foreach (var key in new[] { "Help_Intro", "Help_Subtitle", "Help_SwitchLanguage", "Card_SubmitNotRecognized" })
        {
            Assert.NotEqual(text.Get(key, BotLocale.Norwegian), text.Get(key, CultureInfo.GetCultureInfo("en-US")));
        }
    }
}
