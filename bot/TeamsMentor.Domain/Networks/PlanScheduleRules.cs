namespace TeamsMentor.Domain.Networks;

/// <summary>Schedule rules: offsets that make sense together.</summary>
internal static class PlanScheduleRules
{
    public static void Validate(LearningNetwork network, List<PlanIssue> issues)
    {
        var s = network.Schedule;
        if (s.StatusPromptDaysBefore is < 1 or > 90)
        {
            issues.Add(PlanIssue.Error("$.schedule.statusPromptDaysBefore", PlanIssueCodes.StatusPromptDays, "Must be between 1 and 90 days."));
        }

        if (s.StatusDeadlineDaysBefore < 0 || s.StatusDeadlineDaysBefore >= s.StatusPromptDaysBefore)
        {
            issues.Add(PlanIssue.Error("$.schedule.statusDeadlineDaysBefore", PlanIssueCodes.StatusDeadlineDays, "The deadline must come after the prompt and no later than the gathering (0 or more days before it)."));
        }

        for (var i = 0; i < s.StatusReminderDaysBefore.Count; i++)
        {
            var days = s.StatusReminderDaysBefore[i];
            if (days >= s.StatusPromptDaysBefore || days < s.StatusDeadlineDaysBefore)
            {
                issues.Add(PlanIssue.Error($"$.schedule.statusReminderDaysBefore[{i}]", PlanIssueCodes.StatusReminderDays, "A reminder must come after the prompt and before the deadline."));
            }
        }

        if (s.EvaluationOpenDays is < 1 or > 60)
        {
            issues.Add(PlanIssue.Error("$.schedule.evaluationOpenDays", PlanIssueCodes.EvaluationOpenDays, "Must be between 1 and 60 days."));
        }

        if (s.EvaluationReminderDaysAfter < 1 || s.EvaluationReminderDaysAfter >= s.EvaluationOpenDays)
        {
            issues.Add(PlanIssue.Error("$.schedule.evaluationReminderDaysAfter", PlanIssueCodes.EvaluationReminderDays, "The reminder must come while the evaluation is still open."));
        }

        if (s.EvaluationMinutesAfterEnd is < -1440 or > 7 * 1440)
        {
            issues.Add(PlanIssue.Error("$.schedule.evaluationMinutesAfterEnd", PlanIssueCodes.EvaluationMinutesAfterEnd, "Must be between -1440 and 10080 minutes (negative: before the gathering ends)."));
        }

        if (s.ProgressPlanDaysAfter is < 0 or > 60)
        {
            issues.Add(PlanIssue.Error("$.schedule.progressPlanDaysAfter", PlanIssueCodes.ProgressPlanDays, "Must be between 0 and 60 days."));
        }

        if (s.ProgressPlanDeadlineDaysAfter < s.ProgressPlanDaysAfter || s.ProgressPlanDeadlineDaysAfter > 120)
        {
            issues.Add(PlanIssue.Error("$.schedule.progressPlanDeadlineDaysAfter", PlanIssueCodes.ProgressPlanDeadline,
                "The deadline must come when the plan is asked for or later, and at most 120 days after the gathering."));
        }

        for (var i = 0; i < s.ProgressPlanReminderDaysBefore.Count; i++)
        {
            var days = s.ProgressPlanReminderDaysBefore[i];
            if (days is < 1 or > 120) // one that would come before the plan is asked is not sent (ProgressPlanPrompts)
            {
                issues.Add(PlanIssue.Error($"$.schedule.progressPlanReminderDaysBefore[{i}]", PlanIssueCodes.ProgressPlanReminderDays,
                    "A reminder comes 1 to 120 days before the plan's deadline."));
            }
        }

        if (s.FollowUpReminderDaysAfter is < 1 or > 180)
        {
            issues.Add(PlanIssue.Error("$.schedule.followUpReminderDaysAfter", PlanIssueCodes.FollowUpReminderDays, "Must be between 1 and 180 days."));
        }

        if (s.StalledAfterDays is < 7 or > 180)
        {
            issues.Add(PlanIssue.Error("$.schedule.stalledAfterDays", PlanIssueCodes.StalledAfterDays, "Must be between 7 and 180 days."));
        }

        if (s.WorkingHoursEnd <= s.WorkingHoursStart)
        {
            issues.Add(PlanIssue.Error("$.schedule.workingHours.end", PlanIssueCodes.WorkingHoursOrder, "The working hours must end after they start."));
        }

        for (var i = 0; i < s.BlackoutPeriods.Count; i++)
        {
            if (s.BlackoutPeriods[i].End < s.BlackoutPeriods[i].Start)
            {
                issues.Add(PlanIssue.Error($"$.schedule.blackoutPeriods[{i}].end", PlanIssueCodes.BlackoutEndsBeforeStart, "The period ends before it starts."));
            }
        }

        for (var i = 0; i < s.OpenScreenReminderMinutesBefore.Count; i++)
        {
            if (s.OpenScreenReminderMinutesBefore[i] is < 1 or > 14 * 1440)
            {
                issues.Add(PlanIssue.Error($"$.schedule.openScreenReminderMinutesBefore[{i}]", PlanIssueCodes.OpenScreenReminderMinutes, "Must be between 1 minute and 14 days."));
            }
        }
    }
}
