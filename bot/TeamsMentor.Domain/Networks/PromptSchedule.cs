namespace TeamsMentor.Domain.Networks;

/// <summary>
/// When the bot prompts, per network. Day-based offsets are calendar days in the network's time zone at
/// <see cref="SendAtLocalTime"/>, so a prompt stays at 09:00 across summer-time changes; minute offsets are exact.
/// </summary>
public sealed record PromptSchedule
{
    public TimeOnly SendAtLocalTime { get; init; } = new(9, 0);
    public int StatusPromptDaysBefore { get; init; } = 14;

    /// <summary>Where the status-report prompt, its reminders and a nudge go: the team's channel, each member 1:1, or both.</summary>
    public PromptAudience StatusPromptTo { get; init; } = PromptAudience.Both;
    public IReadOnlyList<int> StatusReminderDaysBefore { get; init; } = [7, 2];

    /// <summary>The status report is due at the end of the day this many days before the gathering (default: the day before).</summary>
    public int StatusDeadlineDaysBefore { get; init; } = 1;
    public int EvaluationMinutesAfterEnd { get; init; }
    public int EvaluationReminderDaysAfter { get; init; } = 3;
    public int EvaluationOpenDays { get; init; } = 7;
    public IReadOnlyList<int> OpenScreenReminderMinutesBefore { get; init; } = [1440, 15];

    /// <summary>The progress plan for a gathering period is asked this many days after the gathering ends (<see cref="Tasks.ProgressPlans"/>).</summary>
    public int ProgressPlanDaysAfter { get; init; } = 1;

    /// <summary>… and due this many days after it ends (never after the next gathering starts).</summary>
    public int ProgressPlanDeadlineDaysAfter { get; init; } = 14;

    /// <summary>Teams without a plan are reminded this many days before its deadline (each reminder replaces the one before).</summary>
    public IReadOnlyList<int> ProgressPlanReminderDaysBefore { get; init; } = [3];

    /// <summary>A team's advisor is reminded when no follow-up is booked this many days after a gathering ends (<see cref="FollowUps.FollowUpRules"/>).</summary>
    public int FollowUpReminderDaysAfter { get; init; } = 21;

    /// <summary>A team with no activity for this many days is flagged as stalled in the health view (<see cref="Health.NetworkHealth"/>).</summary>
    public int StalledAfterDays { get; init; } = 28;

    /// <summary>Reminders and digests go only within these hours on working days (<see cref="Scheduling.WorkingTime"/>).</summary>
    public TimeOnly WorkingHoursStart { get; init; } = new(8, 0);

    public TimeOnly WorkingHoursEnd { get; init; } = new(16, 0);

    /// <summary>Days that are not working days besides weekends and public holidays, e.g. the summer holiday (fellesferie).</summary>
    public IReadOnlyList<BlackoutPeriod> BlackoutPeriods { get; init; } = [];
}

/// <summary>A stretch of days (both included) when no reminder or digest goes out.</summary>
public sealed record BlackoutPeriod(DateOnly Start, DateOnly End, string? Name = null);

/// <summary>Who a team's prompt reaches.</summary>
public enum PromptAudience
{
    /// <summary>A new thread in the team's linked channel.</summary>
    Channel,
    /// <summary>A card in each team member's 1:1 chat with the app (the app installed in the team may open one).</summary>
    Members,
    /// <summary>Both: the channel thread and each member's chat.</summary>
    Both,
}
