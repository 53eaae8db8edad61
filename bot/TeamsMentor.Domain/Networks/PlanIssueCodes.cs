namespace TeamsMentor.Domain.Networks;

/// <summary>
/// The codes of every plan issue. The tab has a text for each in bokmål and English (<c>issue.{code}</c> in
/// <c>tab/src/locales</c>), naming the same values as the issue's args; a test reaches every code with a plan.
/// </summary>
public static class PlanIssueCodes
{
    // The document: size, JSON syntax and types.
    public const string TooLarge = "json.tooLarge";
    public const string NotJson = "json.invalid";
    public const string ExpectedObject = "json.expectedObject";
    public const string ExpectedArray = "json.expectedArray";
    public const string ExpectedString = "json.expectedString";
    public const string ExpectedWholeNumber = "json.expectedWholeNumber";
    public const string ExpectedBoolean = "json.expectedBoolean";
    public const string UnknownProperty = "json.unknownProperty";
    public const string Required = "json.required";
    public const string NotADate = "json.notADate";
    public const string NotALocalTime = "json.notALocalTime";
    public const string YearOutOfRange = "json.yearOutOfRange";
    public const string FormatVersion = "plan.formatVersion";
    public const string PeriodRequired = "plan.periodRequired";

    // Ids, names and lengths.
    public const string InvalidId = "id.invalid";
    public const string DuplicateId = "id.duplicate";
    public const string NameRequired = "text.required";
    public const string TooLong = "text.tooLong";
    public const string MemberTextTooLong = "text.memberTooLong";
    public const string TooManyReportItems = "plan.tooManyReportItems";
    public const string TooManyListed = "plan.tooMany";

    // The network.
    public const string PeriodEndsBeforeStart = "network.periodEndsBeforeStart";
    public const string UnknownTimeZone = "network.unknownTimeZone";
    public const string UnsupportedLocale = "network.unsupportedLocale";
    public const string NoOrganizer = "network.noOrganizer";
    public const string SmallGroupMinimum = "network.smallGroupMinimum";

    // The schedule.
    public const string NotATimeOfDay = "schedule.notATimeOfDay";
    public const string UnknownPromptTo = "schedule.unknownPromptTo";
    public const string StatusPromptDays = "schedule.statusPromptDays";
    public const string StatusDeadlineDays = "schedule.statusDeadlineDays";
    public const string StatusReminderDays = "schedule.statusReminderDays";
    public const string EvaluationOpenDays = "schedule.evaluationOpenDays";
    public const string EvaluationReminderDays = "schedule.evaluationReminderDays";
    public const string EvaluationMinutesAfterEnd = "schedule.evaluationMinutesAfterEnd";
    public const string OpenScreenReminderMinutes = "schedule.openScreenReminderMinutes";
    public const string WorkingHoursOrder = "schedule.workingHoursOrder";
    public const string ProgressPlanDays = "schedule.progressPlanDays";
    public const string ProgressPlanDeadline = "schedule.progressPlanDeadline";
    public const string ProgressPlanReminderDays = "schedule.progressPlanReminderDays";
    public const string FollowUpReminderDays = "schedule.followUpReminderDays";
    public const string StalledAfterDays = "schedule.stalledAfterDays";
    public const string BlackoutEndsBeforeStart = "schedule.blackoutEndsBeforeStart";

    // Teams and members.
    public const string UnknownMunicipality = "team.unknownMunicipality";
    public const string ContactNotMember = "team.contactNotMember";
    public const string AdvisorNotOrganizer = "team.advisorNotOrganizer";
    public const string GatheringMeetingUrl = "gathering.meetingUrl";
    public const string ExpectedNumber = "json.expectedNumber";
    public const string UnknownDirection = "reportItem.unknownDirection";
    public const string RatioParts = "reportItem.ratioParts";
    public const string RatioOnly = "reportItem.ratioOnly";
    public const string NotAMeasure = "reportItem.notAMeasure";
    public const string TeamNoMembers = "team.noMembers";
    public const string TeamNoLeader = "team.noLeader";
    public const string TeamNoUnionRepresentative = "team.noUnionRepresentative";
    public const string UnknownTeam = "member.unknownTeam";
    public const string UnknownRole = "member.unknownRole";

    // Gatherings.
    public const string GatheringNumbering = "gathering.numbering";
    public const string GatheringEndsBeforeStart = "gathering.endsBeforeStart";
    public const string GatheringsOverlap = "gathering.overlaps";
    public const string DeadlineAfterGatheringStart = "gathering.deadlineAfterStart";
    public const string EvaluationClosesBeforeEnd = "gathering.evaluationClosesBeforeEnd";
    public const string EvaluationOpensBeforeStart = "gathering.evaluationOpensBeforeStart";
    public const string UnknownMode = "gathering.unknownMode";
    public const string GatheringOutsidePeriod = "gathering.outsidePeriod";
    public const string GatheringNoPlace = "gathering.noPlace";

    // Tasks.
    public const string NoSuchGathering = "plan.noSuchGathering";
    public const string TaskDueBeforeHandedOut = "task.dueBeforeHandedOut";
    public const string TaskDueBeforeOutOfRange = "task.dueBeforeOutOfRange";
    public const string TaskAtLastGatheringNeedsDueAt = "task.lastNeedsDueAt";

    // Evaluation and report items.
    public const string ItemNeedsGatherings = "evaluation.itemNeedsGatherings";
    public const string UnknownEvaluationKind = "evaluation.unknownKind";
    public const string NoTrendItem = "evaluation.noTrendItem";
    public const string UnknownReportKind = "reportItem.unknownKind";
    public const string UnknownReportSection = "reportItem.unknownSection";
    public const string ReportItemKindFixed = "reportItem.kindFixed";
    public const string TaskOutcomesOnce = "reportItem.tasksOnce";
    public const string NotYetKnownOnlyForCounts = "reportItem.notYetKnownOnlyCount";

    /// <summary>Every code above.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. typeof(PlanIssueCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];
}
