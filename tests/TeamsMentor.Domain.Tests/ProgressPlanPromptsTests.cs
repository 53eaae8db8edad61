using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Domain.Tasks;
using static TeamsMentor.Domain.Tests.SamplePlan;

namespace TeamsMentor.Domain.Tests;

/// <summary>
/// "What is due now" for progress plans: the sample's gathering 1 ends Friday 2 September 2022, so the plan is asked
/// Saturday 3 September at 09:00 and due at the end of Friday 16 September; the reminder (3 days before) is Tuesday 13
/// September at 09:00.
/// </summary>
public sealed class ProgressPlanPromptsTests
{
    private static readonly NetworkPlan Plan = Create();

    private static List<DuePrompt> Due(PromptState state, DateTimeOffset now, NetworkPlan? plan = null) =>
        [.. DuePrompts.Compute(plan ?? Plan, state, now).Where(d => d.Kind is PromptKind.ProgressPlanPrompt or PromptKind.ProgressPlanReminder)];

    private static PromptState Sent(params (string Key, DateTimeOffset At)[] sent) => new() { Sent = sent.ToDictionary(s => s.Key, s => s.At) };

    private static readonly PromptState PromptsSent = Sent(("progress-plan:nord:1:tromso-sone-1", Local(2022, 9, 3, 9)), ("progress-plan:nord:1:dyroy", Local(2022, 9, 3, 9)));

    [Fact]
    public void BeforeThePeriodOpens_NothingDue_ThenOnePromptPerTeam_UntilTheDeadline()
    {
        Assert.Empty(Due(PromptState.Empty, Local(2022, 9, 3, 8, 59)));
        var due = Due(PromptState.Empty, Local(2022, 9, 3, 9));
        Assert.Equal(["progress-plan:nord:1:dyroy", "progress-plan:nord:1:tromso-sone-1"], due.Select(d => d.Key).Order());
        Assert.All(due, d => Assert.Equal((PromptKind.ProgressPlanPrompt, 1, Local(2022, 9, 17)), (d.Kind, d.Gathering!.Value, d.ExpiresAt)));
        Assert.Empty(Due(PromptState.Empty, Local(2022, 9, 17))); // never sent before the deadline: not sent after it
    }

    [Fact]
    public void ATeamWhosePlanIsMade_GetsNeitherPromptNorReminder()
    {
        var made = PromptState.Empty with { MadeProgressPlans = new HashSet<(int, string)> { (1, "dyroy") } };
        Assert.Equal(["progress-plan:nord:1:tromso-sone-1"], Due(made, Local(2022, 9, 3, 9)).Select(d => d.Key));
        Assert.Equal(["progress-plan-reminder:nord:1:tromso-sone-1:3d"], Due(PromptsSent with { MadeProgressPlans = made.MadeProgressPlans }, Local(2022, 9, 13, 9)).Select(d => d.Key));
    }

    [Fact]
    public void Reminder_ThreeDaysBeforeTheDeadline_OnlyAfterThePrompt_AndNotOnceSent()
    {
        Assert.Empty(Due(PromptsSent, Local(2022, 9, 13, 8, 59)));
        var due = Due(PromptsSent, Local(2022, 9, 13, 9));
        Assert.Equal(2, due.Count);
        Assert.All(due, d => Assert.Equal((PromptKind.ProgressPlanReminder, Local(2022, 9, 13, 9)), (d.Kind, d.DueAt)));
        var reminded = Sent([.. PromptsSent.Sent.Select(s => (s.Key, s.Value)), ("progress-plan-reminder:nord:1:tromso-sone-1:3d", Local(2022, 9, 13, 9)),
            ("progress-plan-reminder:nord:1:dyroy:3d", Local(2022, 9, 13, 9))]);
        Assert.Empty(Due(reminded, Local(2022, 9, 14, 9)));

        // A prompt sent late (the app was down until after the reminder's time) is not followed by that reminder.
        var late = Sent(("progress-plan:nord:1:tromso-sone-1", Local(2022, 9, 14, 10)), ("progress-plan:nord:1:dyroy", Local(2022, 9, 14, 10)));
        Assert.Empty(Due(late, Local(2022, 9, 15, 9)));
    }

    [Fact]
    public void AReminderOnAWeekend_MovesToTheWorkingDayBefore()
    {
        // 6 days before Friday 16 September is Saturday 10 September: moved to Friday 9 September at 09:00.
        var plan = Plan with { Network = Plan.Network with { Schedule = Plan.Network.Schedule with { ProgressPlanReminderDaysBefore = [6] } } };
        Assert.Empty(Due(PromptsSent, Local(2022, 9, 9, 8, 59), plan));
        Assert.Equal([Local(2022, 9, 9, 9)], Due(PromptsSent, Local(2022, 9, 9, 9), plan).Select(d => d.DueAt).Distinct());
    }

    [Fact]
    public void AReminderThatWouldComeBeforeThePlanIsAsked_IsNotSent()
    {
        var plan = Plan with { Network = Plan.Network with { Schedule = Plan.Network.Schedule with { ProgressPlanReminderDaysBefore = [13] } } };
        Assert.Empty(Due(PromptsSent, Local(2022, 9, 16, 12), plan));
    }

    [Fact]
    public void ReminderDays_OutOfRange_AreAPlanIssue()
    {
        var plan = Plan with { Network = Plan.Network with { Schedule = Plan.Network.Schedule with { ProgressPlanReminderDaysBefore = [3, 0] } } };
        var issue = Assert.Single(NetworkPlanRules.Validate(plan), i => i.Code == PlanIssueCodes.ProgressPlanReminderDays);
        Assert.Equal("$.schedule.progressPlanReminderDaysBefore[1]", issue.Path);
    }
}
