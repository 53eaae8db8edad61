using System.Globalization;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Bot.Tasks;

/// <summary>Builds a team's plan view from the network plan and the team's saved progress, and validates progress edits.</summary>
public static class TeamPlans
{
    /// <param name="cardMessageId">The id of the channel message with the report card, once it is posted.</param>
    /// <param name="chatUrl">A link to the person's chat with the app with «rapport» typed (none when the app id is not configured).</param>
    /// <param name="evaluation">The evaluation open now, as the person sees it.</param>
    /// <param name="openScreen">The next open-screen session the team is invited to.</param>
    public static TeamPlanDto Build(NetworkPlan plan, NetworkTeam team, IReadOnlyList<Versioned<TeamTaskProgress>> saved, StatusReport? nextReport,
        DateTimeOffset now, string? cardMessageId = null, string? chatUrl = null, OpenEvaluationDto? evaluation = null, NextOpenScreenDto? openScreen = null,
        NextFollowUpDto? followUp = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(saved);
        var next = Deadlines.CurrentOrNext(plan, now);
        var byTask = saved.ToDictionary(p => p.Value.TaskId, StringComparer.Ordinal);

        // Tasks given at gatherings that have started, newest gathering first; tasks of later gatherings are not out yet.
        var groups = plan.Tasks
            .Where(t => plan.GatheringNumber(t.GivenAt) is not { } given || given.Start <= now)
            .GroupBy(t => t.GivenAt)
            .OrderByDescending(g => g.Key)
            .Select(g => new TaskGroupDto(
                plan.GatheringNumber(g.Key) is { } given ? GatheringDto.From(given) : null,
                g.Key,
                [.. g.OrderBy(t => Deadlines.Task(plan, t) ?? DateTimeOffset.MaxValue).ThenBy(t => t.Title, StringComparer.CurrentCulture)
                    .Select(t => Task(plan, t, byTask.GetValueOrDefault(t.Id)))]))
            .ToList();

        var current = nextReport?.Gathering == next?.Number ? nextReport : null;
        var report = next is null ? null : new StatusReportDto(
            next.Number,
            Deadlines.StatusReport(plan.Network, next),
            current?.State ?? StatusReportState.NotStarted,
            current?.State == StatusReportState.Submitted ? current.SubmittedBy : current?.LastEditedBy,
            current?.State == StatusReportState.Submitted ? current.SubmittedAt : current?.LastEditedAt,
            team.Channel is { } channel && cardMessageId is not null ? DeepLinks.ChannelMessage(channel, cardMessageId) : null,
            team.Channel is not null && cardMessageId is null ? Deadlines.StatusPrompt(plan.Network, next, plan.Network.Schedule.StatusPromptDaysBefore) : null,
            team.Channel is not null,
            Deadlines.StatusReport(plan.Network, next) > now ? chatUrl : null,
            Sections(plan, team, next.Number, current));
        return new TeamPlanDto(
            plan.Network.Id, plan.Network.Name, team.Id, team.Name, plan.MunicipalityName(team), plan.Network.TimeZoneId,
            next is null ? null : GatheringDto.From(next), report, groups,
            [.. plan.CurrentMembersOf(team.Id).OrderBy(m => m.Name, StringComparer.CurrentCulture).Select(m => new PersonDto(m.Id, m.Name))], now,
            evaluation, openScreen,
            ProgressPlans.Current(plan, now) is { } period
                ? new ProgressPlanDto(period.Gathering, period.Gathering + 1, period.Deadline, period.Closes,
                    ProgressPlans.State(period, [.. saved.Select(p => p.Value)], now))
                : null,
            followUp);
    }

    /// <summary>The report as saved (none: nothing yet), section by section with what each misses, for the tab's read-only view.</summary>
    public static IReadOnlyList<ReportSectionDto> Sections(NetworkPlan plan, NetworkTeam team, int gathering, StatusReport? report)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(team);
        var asked = StatusReportRules.Asked(plan, gathering);
        var tasks = StatusReportRules.TasksToAnswer(plan, gathering);
        var saved = report ?? new StatusReport { TeamId = team.Id, Gathering = gathering };
        LabelDto Label(string id) => asked.FirstOrDefault(i => i.Id == id) is { } item ? new(item.TextNb, item.Text(english: true))
            : tasks.FirstOrDefault(x => "task." + x.Id == id) is { } task ? new(task.Title, task.Title) : new(id, id);
        string? Value(string id) => saved.Answer(id, CultureInfo.InvariantCulture);

        return [.. ReportSections.States(asked, [.. tasks.Select(x => x.Id)], saved).Select(state => new ReportSectionDto(
            state.Section,
            state.Done,
            [.. state.Missing.Select(field => Label(field.EndsWith(".comment", StringComparison.Ordinal) || field.EndsWith(".link", StringComparison.Ordinal)
                ? field[..field.LastIndexOf('.')] : field)).Distinct()],
            state.Section == ReportSection.Tasks
                ? [.. saved.Tasks.Select(x => new AnswerDto(Label("task." + x.TaskId), null, x.Outcome, x.Comment, x.Links.Count > 0 ? x.Links[0] : null))]
                : [.. asked.Where(i => i.Section == state.Section && i.Kind != ReportItemKind.TaskOutcomes && Value(i.Id) is not null)
                    .Select(i => new AnswerDto(Label(i.Id), Value(i.Id)))]))];
    }

    public static TaskDto Task(NetworkPlan plan, TaskItem task, Versioned<TeamTaskProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(task);
        var p = progress?.Value;
        return new TaskDto(task.Id, task.Title, task.Description, task.GivenAt, Deadlines.Task(plan, task),
            p?.State ?? TaskState.NotStarted, p?.OwnerMemberId,
            [.. (p?.Steps ?? []).Select(s => new StepDto(s.Id, s.Text, s.OwnerMemberId, s.DueDate, s.Done))],
            progress?.Version);
    }

    /// <summary>The progress to store, or every problem with where it is (e.g. <c>steps[2].text</c>).</summary>
    public static (TeamTaskProgress? Progress, IReadOnlyList<FieldIssue> Errors) Validate(NetworkPlan plan, string teamId, string taskId, TaskProgressBody? body)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var errors = new List<FieldIssue>();
        if (body is null)
        {
            return (null, [new FieldIssue("", TaskIssueCodes.BodyMissing, "The body is missing.")]);
        }

        var members = plan.CurrentMembersOf(teamId).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        if (body.State is null || !Enum.IsDefined(body.State.Value))
        {
            errors.Add(new FieldIssue("state", TaskIssueCodes.ChooseState, "Choose notStarted, inProgress or done."));
        }

        if (body.OwnerMemberId is { Length: > 0 } owner && !members.Contains(owner))
        {
            errors.Add(new FieldIssue("ownerMemberId", TaskIssueCodes.NotAMember, $"'{owner}' is not a member of this team."));
        }

        var steps = body.Steps ?? [];
        if (steps.Count > TaskEndpoints.MaxSteps)
        {
            errors.Add(new FieldIssue("steps", TaskIssueCodes.TooManySteps, $"At most {TaskEndpoints.MaxSteps} steps per task.", Max(TaskEndpoints.MaxSteps)));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var cleaned = new List<ProgressStep>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var text = step?.Text?.Trim() ?? "";
            if (text.Length == 0)
            {
                errors.Add(new FieldIssue($"steps[{i}].text", TaskIssueCodes.StepTextRequired, "Write what is to be done."));
            }
            else if (text.Length > TaskEndpoints.MaxStepLength)
            {
                errors.Add(new FieldIssue($"steps[{i}].text", TaskIssueCodes.StepTextTooLong, $"At most {TaskEndpoints.MaxStepLength} characters.", Max(TaskEndpoints.MaxStepLength)));
            }

            if (step?.OwnerMemberId is { Length: > 0 } who && !members.Contains(who))
            {
                errors.Add(new FieldIssue($"steps[{i}].ownerMemberId", TaskIssueCodes.NotAMember, $"'{who}' is not a member of this team."));
            }

            var id = string.IsNullOrWhiteSpace(step?.Id) ? Guid.NewGuid().ToString("N")[..12] : step.Id.Trim();
            if (id.Length > 64 || !ids.Add(id))
            {
                errors.Add(new FieldIssue($"steps[{i}].id", TaskIssueCodes.StepIdTaken, "Each step needs its own id (at most 64 characters)."));
            }

            cleaned.Add(new ProgressStep(id, text, string.IsNullOrEmpty(step?.OwnerMemberId) ? null : step.OwnerMemberId, step?.DueDate, step?.Done ?? false));
        }

        return errors.Count > 0
            ? (null, errors)
            : (new TeamTaskProgress
            {
                TeamId = teamId,
                TaskId = taskId,
                State = body.State!.Value,
                OwnerMemberId = string.IsNullOrEmpty(body.OwnerMemberId) ? null : body.OwnerMemberId,
                Steps = cleaned,
            }, []);
    }

    private static Dictionary<string, object?> Max(int max) => new(StringComparer.Ordinal) { ["max"] = max };
}
