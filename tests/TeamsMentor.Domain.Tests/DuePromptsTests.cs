using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Scheduling;
using static TeamsMentor.Domain.Tests.SamplePlan;

namespace TeamsMentor.Domain.Tests;

/// <summary>"What is due now" for status prompts, reminders, evaluations and open-screen reminders.</summary>
public sealed class DuePromptsTests
{
    private static readonly NetworkPlan Plan = Create();

    private static PromptState Sent(params (string Key, DateTimeOffset At)[] sent) =>
        new() { Sent = sent.ToDictionary(s => s.Key, s => s.At) };

    private static IReadOnlyList<DuePrompt> Due(PromptState state, DateTimeOffset now, NetworkPlan? plan = null) =>
        DuePrompts.Compute(plan ?? Plan, state, now);

    [Fact]
    public void BeforeThePromptTime_NothingDue()
    {
        Assert.Empty(Due(PromptState.Empty, Local(2022, 8, 18, 8, 59)));
    }

    [Fact]
    public void AtThePromptTime_OnePromptPerTeam()
    {
        var due = Due(PromptState.Empty, Local(2022, 8, 18, 9));
        Assert.Equal(2, due.Count);
        Assert.All(due, d => Assert.Equal(PromptKind.StatusPrompt, d.Kind));
        Assert.Equal(["status:nord:1:dyroy", "status:nord:1:tromso-sone-1"], due.Select(d => d.Key).Order());
        Assert.All(due, d => Assert.Equal(Deadlines.StatusReport(Plan.Network, Plan.Gatherings[0]), d.ExpiresAt));
    }

    [Fact]
    public void PromptSent_NextReminderAtSevenDays()
    {
        var state = Sent(("status:nord:1:tromso-sone-1", Local(2022, 8, 18, 9, 1)), ("status:nord:1:dyroy", Local(2022, 8, 18, 9, 1)));
        Assert.Empty(Due(state, Local(2022, 8, 25, 8)));

        var due = Due(state, Local(2022, 8, 25, 9));

        Assert.Equal(["status-reminder:nord:1:dyroy:7d", "status-reminder:nord:1:tromso-sone-1:7d"], due.Select(d => d.Key).Order());
    }

    [Fact]
    public void SevenDayReminderSent_TwoDayReminderStillComes()
    {
        var state = Sent(
            ("status:nord:1:dyroy", Local(2022, 8, 18, 9, 1)),
            ("status-reminder:nord:1:dyroy:7d", Local(2022, 8, 25, 9, 1)),
            ("status:nord:1:tromso-sone-1", Local(2022, 8, 18, 9, 1)),
            ("status-reminder:nord:1:tromso-sone-1:7d", Local(2022, 8, 25, 9, 1)));

        var due = Due(state, Local(2022, 8, 30, 9, 5));

        Assert.Equal(["status-reminder:nord:1:dyroy:2d", "status-reminder:nord:1:tromso-sone-1:2d"], due.Select(d => d.Key).Order());
    }

    [Fact]
    public void SubmittedTeam_NoReminder()
    {
        var state = Sent(("status:nord:1:dyroy", Local(2022, 8, 18, 9)), ("status:nord:1:tromso-sone-1", Local(2022, 8, 18, 9))) with
        {
            SubmittedReports = new HashSet<(int, string)> { (1, "tromso-sone-1") },
        };

        var due = Due(state, Local(2022, 8, 25, 10));

        Assert.Equal(["status-reminder:nord:1:dyroy:7d"], due.Select(d => d.Key));
    }

    [Fact]
    public void AfterTheDeadline_NothingForThatGathering()
    {
        Assert.DoesNotContain(Due(PromptState.Empty, Local(2022, 9, 1, 0, 1)), d => d.Kind is PromptKind.StatusPrompt or PromptKind.StatusReminder && d.Gathering == 1);
    }

    [Fact]
    public void Digest_FromTheDeadlineInWorkingTimeUntilTheGatheringEnds_Once()
    {
        var deadline = Deadlines.StatusReport(Plan.Network, Plan.Gatherings[0]); // midnight before Thursday 1 September 2022
        var morning = Local(2022, 9, 1, 8); // when the working hours begin, before the gathering at 11:00
        Assert.DoesNotContain(Due(PromptState.Empty, deadline), d => d.Kind == PromptKind.StatusDigest);
        Assert.DoesNotContain(Due(PromptState.Empty, morning.AddMinutes(-1)), d => d.Kind == PromptKind.StatusDigest);

        var due = Due(PromptState.Empty, morning).Single(d => d.Kind == PromptKind.StatusDigest);
        Assert.Equal(("status-digest:nord:1", 1, morning, Plan.Gatherings[0].End), (due.Key, due.Gathering, due.DueAt, due.ExpiresAt));

        Assert.DoesNotContain(Due(Sent((due.Key, morning)), morning.AddHours(2)), d => d.Kind == PromptKind.StatusDigest);
        Assert.DoesNotContain(Due(PromptState.Empty, Plan.Gatherings[0].End), d => d.Kind == PromptKind.StatusDigest && d.Gathering == 1);
    }

    [Fact]
    public void Reminder_OnASaturday_GoesOnTheFridayBefore()
    {
        // Gathering 2 starts Friday 25 November 2022: its 7-day reminder falls on Friday 18, the 2-day one on Wednesday 23;
        // a gathering on Monday 28 November puts the 2-day reminder on Saturday 26, so it goes on Friday 25 at 09:00.
        var plan = Create(Gathering(1, Local(2022, 11, 28, 10), Local(2022, 11, 28, 15)));
        var state = Sent(("status:nord:1:tromso-sone-1", Local(2022, 11, 14, 9)), ("status:nord:1:dyroy", Local(2022, 11, 14, 9)));
        Assert.DoesNotContain(Due(state, Local(2022, 11, 25, 8, 59), plan), d => d.Key.Contains(":2", StringComparison.Ordinal) && d.Kind == PromptKind.StatusReminder);
        var due = Due(state, Local(2022, 11, 25, 9), plan).Where(d => d.Kind == PromptKind.StatusReminder).ToList();
        Assert.Equal(2, due.Count);
        Assert.All(due, d => Assert.Equal(Local(2022, 11, 25, 9), d.DueAt));
    }

    [Fact]
    public void AppDownFromBeforePromptUntilAfterReminders_OnlyThePrompt()
    {
        var due = Due(PromptState.Empty, Local(2022, 8, 30, 12));
        Assert.Equal(["status:nord:1:dyroy", "status:nord:1:tromso-sone-1"], due.Select(d => d.Key).Order());

        var late = Local(2022, 8, 30, 12, 1);
        var state = Sent(("status:nord:1:dyroy", late), ("status:nord:1:tromso-sone-1", late));
        Assert.Empty(Due(state, Local(2022, 8, 30, 18)));
    }

    [Fact]
    public void SevenAndTwoDayRemindersBothOverdue_OnlyTheLatest()
    {
        var state = Sent(("status:nord:1:dyroy", Local(2022, 8, 18, 9)), ("status:nord:1:tromso-sone-1", Local(2022, 8, 18, 9)));
        var due = Due(state, Local(2022, 8, 31, 8));
        Assert.Equal(["status-reminder:nord:1:dyroy:2d", "status-reminder:nord:1:tromso-sone-1:2d"], due.Select(d => d.Key).Order());
    }

    [Fact]
    public void Evaluation_DueAtTheEndThenReminderAfterThreeDaysThenClosed()
    {
        var end = Plan.Gatherings[0].End;
        Assert.DoesNotContain(Due(PromptState.Empty, end.AddMinutes(-1)), d => d.Kind == PromptKind.Evaluation);
        var due = Assert.Single(Due(PromptState.Empty, end), d => d.Kind == PromptKind.Evaluation);
        Assert.Equal("evaluation:nord:1", due.Key);

        var sent = Sent(("evaluation:nord:1", end.AddMinutes(1)));
        Assert.DoesNotContain(Due(sent, end.AddDays(2)), d => d.Gathering == 1 && d.Kind is PromptKind.Evaluation or PromptKind.EvaluationReminder);
        Assert.Contains(Due(sent, end.AddDays(3)), d => d.Key == "evaluation-reminder:nord:1");
        Assert.DoesNotContain(Due(sent, end.AddDays(7)), d => d.Gathering == 1 && d.Kind == PromptKind.EvaluationReminder);
    }

    [Fact]
    public void OpenScreen_OneDayThenFifteenMinutes_AcrossSpringChange()
    {
        var session = new OpenScreenSession { Id = "os-1", Start = Local(2026, 3, 29, 10), DurationMinutes = 60, Topic = "Åpen skjerm" };
        var state = PromptState.Empty with { Sessions = [session] };

        Assert.Empty(Due(state, new DateTimeOffset(2026, 3, 28, 8, 59, 0, TimeSpan.Zero)));
        var dayBefore = Assert.Single(Due(state, new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero)));
        Assert.Equal("open-screen-reminder:nord:os-1:r0:1440m", dayBefore.Key);

        var afterFirst = state with { Sent = new Dictionary<string, DateTimeOffset> { [dayBefore.Key] = dayBefore.DueAt } };
        Assert.Empty(Due(afterFirst, new DateTimeOffset(2026, 3, 29, 7, 44, 0, TimeSpan.Zero)));
        Assert.Equal("open-screen-reminder:nord:os-1:r0:15m", Assert.Single(Due(afterFirst, new DateTimeOffset(2026, 3, 29, 7, 45, 0, TimeSpan.Zero))).Key);
        Assert.Empty(Due(afterFirst, session.Start));
    }

    [Fact]
    public void OpenScreen_BothRemindersOverdue_OnlyTheLatest()
    {
        var session = new OpenScreenSession { Id = "os-1", Start = Local(2026, 3, 29, 10), DurationMinutes = 60, Topic = "Åpen skjerm" };
        var due = Due(PromptState.Empty with { Sessions = [session] }, Local(2026, 3, 29, 9, 50));
        Assert.Equal("open-screen-reminder:nord:os-1:r0:15m", Assert.Single(due).Key);
    }

    [Fact]
    public void OpenScreen_Cancelled_NoReminder()
    {
        var session = new OpenScreenSession { Id = "os-1", Start = Local(2026, 3, 29, 10), DurationMinutes = 60, Topic = "x", CancelledAt = Local(2026, 3, 1) };
        Assert.Empty(Due(PromptState.Empty with { Sessions = [session] }, Local(2026, 3, 29, 9, 50)));
    }

    [Fact]
    public void OpenScreen_ScheduledWithinADay_OnlyTheFifteenMinuteReminder()
    {
        var session = new OpenScreenSession { Id = "os-1", Start = Local(2026, 3, 29, 10), DurationMinutes = 60, Topic = "x", ChangedAt = Local(2026, 3, 28, 15) };
        var state = PromptState.Empty with { Sessions = [session] };

        Assert.Empty(Due(state, Local(2026, 3, 28, 15, 1)));
        Assert.Equal("open-screen-reminder:nord:os-1:r0:15m", Assert.Single(Due(state, Local(2026, 3, 29, 9, 45))).Key);
    }

    [Fact]
    public void OpenScreen_Moved_RemindedAgainUnderTheNewRevision()
    {
        var moved = new OpenScreenSession { Id = "os-1", Start = Local(2026, 4, 2, 10), DurationMinutes = 60, Topic = "x", Revision = 1, ChangedAt = Local(2026, 3, 28, 12) };
        var sent = new Dictionary<string, DateTimeOffset> { ["open-screen-reminder:nord:os-1:r0:1440m"] = Local(2026, 3, 28, 10) };

        var due = Assert.Single(Due(PromptState.Empty with { Sessions = [moved], Sent = sent }, Local(2026, 4, 1, 10)));
        Assert.Equal("open-screen-reminder:nord:os-1:r1:1440m", due.Key);
    }
}
