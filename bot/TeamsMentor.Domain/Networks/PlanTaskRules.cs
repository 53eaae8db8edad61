namespace TeamsMentor.Domain.Networks;

/// <summary>Task rules: given at an existing gathering, due at a later one (or at an explicit time).</summary>
internal static class PlanTaskRules
{
    public static void Validate(NetworkPlan plan, List<PlanIssue> issues)
    {
        var count = plan.Gatherings.Count;
        for (var i = 0; i < plan.Tasks.Count; i++)
        {
            var task = plan.Tasks[i];
            var path = $"$.tasks[{i}]";
            NetworkPlanRules.RequireSlug(task.Id, path + ".id", issues);
            NetworkPlanRules.RequireText(task.Title, path + ".title", "The task's title", issues);
            if (task.GivenAt < 1 || task.GivenAt > count)
            {
                issues.Add(PlanIssue.NoSuchGathering(path + ".givenAt", task.GivenAt, count));
                continue;
            }

            if (task.DueAt is { } dueAt)
            {
                if (plan.GatheringNumber(task.GivenAt) is { } given && dueAt <= given.End)
                {
                    issues.Add(PlanIssue.Error(path + ".dueAt", PlanIssueCodes.TaskDueBeforeHandedOut, $"The task is due before gathering {task.GivenAt}, which hands it out, has ended.",
                        ("number", task.GivenAt)));
                }

                continue;
            }

            if (task.DueBefore is { } due && (due <= task.GivenAt || due > count))
            {
                issues.Add(PlanIssue.Error(path + ".dueBefore", PlanIssueCodes.TaskDueBeforeOutOfRange, $"dueBefore must be a gathering after {task.GivenAt} and at most {count}.",
                    ("given", task.GivenAt), ("count", count)));
            }
            else if (task.DueBefore is null && task.GivenAt == count)
            {
                issues.Add(PlanIssue.Error(path + ".dueAt", PlanIssueCodes.TaskAtLastGatheringNeedsDueAt, "The task is given at the last gathering, so it needs an explicit dueAt."));
            }
        }

        NetworkPlanRules.Duplicates(plan.Tasks, t => t.Id, "$.tasks", "task", issues);
    }
}
