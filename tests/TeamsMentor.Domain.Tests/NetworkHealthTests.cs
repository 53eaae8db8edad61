using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Health;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Tasks;
using static TeamsMentor.Domain.Tests.SamplePlan;

namespace TeamsMentor.Domain.Tests;

/// <summary>
/// The health view's rules on the sample network: gathering 1 ends 2 September 2022, the progress plan for its period
/// is due by the end of 16 September, the advisor's follow-up reminder is 23 September, gathering 2 starts 25 November
/// (its report due by the end of 24 November).
/// </summary>
public sealed class NetworkHealthTests
{
    private static readonly NetworkPlan Plan = Create();
    private const string Sone1 = "tromso-sone-1";

    private static TeamTaskProgress Planned(string task, DateTimeOffset at) => new()
    {
        TeamId = Sone1, TaskId = task, State = TaskState.InProgress, UpdatedAt = at,
        Steps = [new ProgressStep("s-" + task, "Snakk med HR", "per", new DateOnly(2022, 10, 1), false)],
    };

    private static FollowUp Held(DateTimeOffset at) => new()
    {
        Id = "f1", TeamId = Sone1, Period = 1, Mode = FollowUpMode.Phone, Start = at, State = FollowUpState.Held, BookedBy = "Astrid Arrangør", ChangedAt = at,
    };

    private static HealthSignals Signals(IReadOnlyList<TeamTaskProgress>? progress = null, IReadOnlyList<FollowUp>? followUps = null,
        IReadOnlyList<StatusReport>? reports = null, DateTimeOffset? rsvp = null) => new(
        reports ?? [],
        new Dictionary<string, IReadOnlyList<TeamTaskProgress>> { [Sone1] = progress ?? [] },
        followUps ?? [],
        rsvp is { } at ? new Dictionary<string, DateTimeOffset> { [Sone1] = at } : new Dictionary<string, DateTimeOffset>());

    private static TeamHealth Sone1Health(HealthSignals signals, DateTimeOffset now) => NetworkHealth.Assess(Plan, signals, now).Teams.Single(t => t.TeamId == Sone1);

    [Fact]
    public void AnActiveTeam_WithItsPlanMadeAndAFollowUpHeld_IsNotStalled()
    {
        var signals = Signals([Planned("prosjektplan", Local(2022, 9, 12, 10)), Planned("rekrutter", Local(2022, 9, 12, 10))], [Held(Local(2022, 9, 20, 10))]);
        var health = Sone1Health(signals, Local(2022, 10, 10, 12));
        Assert.Equal((ProgressPlanState.Made, HealthFollowUp.Held, HealthReportState.NotAsked, 0), (health.ProgressPlan, health.FollowUp, health.Report, health.OverdueTasks));
        Assert.Equal(Local(2022, 9, 20, 10), health.LastActivity);
        Assert.False(health.Stalled);
        Assert.Empty(health.Reasons);
    }

    [Fact]
    public void NoActivityForTheConfiguredDays_Stalls_AndSaysHowLong()
    {
        var signals = Signals([Planned("prosjektplan", Local(2022, 9, 12, 10)), Planned("rekrutter", Local(2022, 9, 12, 10))], [Held(Local(2022, 9, 20, 10))]);
        Assert.False(Sone1Health(signals, Local(2022, 10, 18, 9, 59)).Stalled); // 27 days, 23 hours
        var quiet = Sone1Health(signals, Local(2022, 10, 18, 10));
        Assert.True(quiet.Stalled);
        Assert.Equal([StalledReason.NoActivity], quiet.Reasons);
        Assert.Equal(28, quiet.QuietDays);

        var patient = Plan with { Network = Plan.Network with { Schedule = Plan.Network.Schedule with { StalledAfterDays = 60 } } };
        Assert.False(NetworkHealth.Assess(patient, signals, Local(2022, 10, 18, 10)).Teams.Single(t => t.TeamId == Sone1).Stalled);
    }

    [Fact]
    public void OneShortcomingAlone_DoesNotStall_TwoDo()
    {
        // The plan is missing (due 16 September), but a follow-up was held on 5 October: one reason only.
        var one = Sone1Health(Signals(followUps: [Held(Local(2022, 10, 5, 10))]), Local(2022, 10, 10, 12));
        Assert.Equal((ProgressPlanState.Missing, HealthFollowUp.Held), (one.ProgressPlan, one.FollowUp));
        Assert.False(one.Stalled);

        // No plan and no follow-up three weeks in: stalled with both reasons (an RSVP yesterday keeps it from "no activity").
        var two = Sone1Health(Signals(rsvp: Local(2022, 10, 9, 12)), Local(2022, 10, 10, 12));
        Assert.True(two.Stalled);
        Assert.Equal([StalledReason.ProgressPlanMissing, StalledReason.NoFollowUp], two.Reasons);
    }

    [Fact]
    public void NoFollowUp_CountsOnlyOnceTheAdvisorsReminderTimeHasPassed()
    {
        var signals = Signals([Planned("prosjektplan", Local(2022, 9, 12, 10)), Planned("rekrutter", Local(2022, 9, 12, 10))]);
        Assert.Equal(HealthFollowUp.NotYet, Sone1Health(signals, Local(2022, 9, 23, 8, 59)).FollowUp);
        Assert.Equal(HealthFollowUp.Missing, Sone1Health(signals, Local(2022, 9, 23, 9)).FollowUp);
        var cancelled = Held(Local(2022, 10, 1, 10)) with { State = FollowUpState.Cancelled, Start = Local(2022, 10, 20, 10) };
        Assert.Equal(HealthFollowUp.Missing, Sone1Health(Signals(followUps: [cancelled]), Local(2022, 10, 10)).FollowUp);
        var booked = cancelled with { State = FollowUpState.Booked };
        Assert.Equal(HealthFollowUp.Booked, Sone1Health(Signals(followUps: [booked]), Local(2022, 10, 10)).FollowUp);
        Assert.Equal(HealthFollowUp.Held, Sone1Health(Signals(followUps: [booked]), Local(2022, 10, 20, 11)).FollowUp); // its time has passed
    }

    [Fact]
    public void TheReport_MissingOnceItsDeadlinePasses_AndOverdueTasksCount()
    {
        var draft = new StatusReport { TeamId = Sone1, Gathering = 2, State = StatusReportState.Draft, LastEditedAt = Local(2022, 11, 20, 10) };
        Assert.Equal(HealthReportState.Draft, Sone1Health(Signals(reports: [draft]), Local(2022, 11, 24, 23, 59)).Report);
        var late = Sone1Health(Signals(reports: [draft]), Local(2022, 11, 25, 0));
        Assert.Equal(HealthReportState.Missing, late.Report);
        Assert.Equal(HealthReportState.Submitted,
            Sone1Health(Signals(reports: [draft with { State = StatusReportState.Submitted, SubmittedAt = Local(2022, 11, 22) }]), Local(2022, 11, 25)).Report);

        // «prosjektplan» is due before gathering 2, «rekrutter» before gathering 3: each is overdue from then unless done.
        Assert.Equal(1, Sone1Health(Signals(), Local(2022, 11, 25, 12)).OverdueTasks);
        Assert.Equal(2, Sone1Health(Signals(), Local(2023, 4, 26, 12)).OverdueTasks);
        var done = Sone1Health(Signals([new TeamTaskProgress { TeamId = Sone1, TaskId = "rekrutter", State = TaskState.Done }]), Local(2023, 4, 26, 12));
        Assert.Equal(1, done.OverdueTasks);
    }

    [Fact]
    public void ActivityIsWhatTheTeamDid_ReportsTasksFollowUpAnswersRsvps()
    {
        var report = new StatusReport { TeamId = Sone1, Gathering = 2, State = StatusReportState.Draft, LastEditedAt = Local(2022, 10, 3, 10) };
        Assert.Equal(Local(2022, 10, 3, 10), Sone1Health(Signals(reports: [report]), Local(2022, 10, 10)).LastActivity);
        var answered = Held(Local(2022, 10, 20, 10)) with { State = FollowUpState.Accepted, ChangedAt = Local(2022, 10, 4, 8) };
        Assert.Equal(Local(2022, 10, 4, 8), Sone1Health(Signals(reports: [report], followUps: [answered]), Local(2022, 10, 10)).LastActivity);
        Assert.Equal(Local(2022, 10, 6, 8), Sone1Health(Signals(reports: [report], rsvp: Local(2022, 10, 6, 8)), Local(2022, 10, 10)).LastActivity);
        Assert.Null(NetworkHealth.Assess(Plan, Signals(), Local(2022, 10, 10)).Teams.Single(t => t.TeamId == "dyroy").LastActivity);
    }
}

/// <summary>When the organizers' weekly health digest is due (the sample's gathering 1 ends Friday 2 September 2022, gathering 3 ends 27 April 2023).</summary>
public sealed class HealthDigestPromptTests
{
    private static readonly NetworkPlan Plan = Create();

    private static List<Scheduling.DuePrompt> Digests(Scheduling.PromptState state, DateTimeOffset now) =>
        [.. Scheduling.DuePrompts.Compute(Plan, state, now).Where(d => d.Kind == Scheduling.PromptKind.HealthDigest)];

    [Fact]
    public void FromTheFirstMondayAfterTheFirstGathering_OncePerWeek_UntilTheLastGatheringEnds()
    {
        Assert.Empty(Digests(Scheduling.PromptState.Empty, Local(2022, 8, 29, 12))); // the week gathering 1 starts
        Assert.Empty(Digests(Scheduling.PromptState.Empty, Local(2022, 9, 5, 8, 59)));
        var due = Assert.Single(Digests(Scheduling.PromptState.Empty, Local(2022, 9, 5, 9)));
        Assert.Equal(("health-digest:nord:2022-W36", Local(2022, 9, 5, 9)), (due.Key, due.DueAt));
        var sent = new Scheduling.PromptState { Sent = new Dictionary<string, DateTimeOffset> { [due.Key] = due.DueAt } };
        Assert.Empty(Digests(sent, Local(2022, 9, 8, 12)));
        Assert.Equal("health-digest:nord:2022-W37", Assert.Single(Digests(sent, Local(2022, 9, 12, 9))).Key);
        Assert.Empty(Digests(Scheduling.PromptState.Empty, Local(2023, 5, 1, 12))); // after the last gathering
    }

    [Fact]
    public void OnAHolidayMonday_TheDigestWaitsForTheNextWorkingHours()
    {
        // Easter Monday 10 April 2023: Tuesday 11 April at 08:00.
        Assert.Empty(Digests(Scheduling.PromptState.Empty, Local(2023, 4, 10, 12)));
        Assert.Equal(Local(2023, 4, 11, 8), Assert.Single(Digests(Scheduling.PromptState.Empty, Local(2023, 4, 11, 8))).DueAt);
    }
}
