using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Bot.Tasks;

/// <summary>One team's plan toward the next gathering (<c>GET /api/tab/networks/{n}/teams/{t}/plan</c>); Now is the app's clock, for "days left".</summary>
public sealed record TeamPlanDto(
    string NetworkId,
    string NetworkName,
    string TeamId,
    string TeamName,
    string Municipality,
    string TimeZone,
    GatheringDto? NextGathering,
    StatusReportDto? StatusReport,
    IReadOnlyList<TaskGroupDto> Groups,
    IReadOnlyList<PersonDto> Members,
    DateTimeOffset Now,
    OpenEvaluationDto? Evaluation = null,
    NextOpenScreenDto? OpenScreen = null,
    ProgressPlanDto? ProgressPlan = null,
    NextFollowUpDto? FollowUp = null);

/// <summary>The team's next follow-up with its advisor (booked, not over): when, how, the join link and the advisor; never the organizers' notes.</summary>
public sealed record NextFollowUpDto(DateTimeOffset Start, DateTimeOffset End, Domain.FollowUps.FollowUpMode Mode, string? JoinUrl, string? Advisor,
    Domain.FollowUps.FollowUpState State);

/// <summary>The team's progress plan for the period it plans in now: toward which gathering, due when, and its state.</summary>
public sealed record ProgressPlanDto(int Gathering, int NextGathering, DateTimeOffset Deadline, DateTimeOffset Closes, Domain.Tasks.ProgressPlanState State);

/// <summary>
/// The evaluation open now in the team's network: until when, whether the person asking has answered (her own answer, by
/// her key; no one else's), and a link to her chat with the app with «evaluering» typed in.
/// </summary>
public sealed record OpenEvaluationDto(int Gathering, DateTimeOffset Closes, bool Answered, string? ChatUrl);

/// <summary>The next open-screen session the team is invited to (not cancelled, not over).</summary>
public sealed record NextOpenScreenDto(string Topic, DateTimeOffset Start, DateTimeOffset End, string? JoinUrl);

public sealed record GatheringDto(int Number, string Theme, DateTimeOffset Start, DateTimeOffset End, GatheringMode Mode, string? Place)
{
    public static GatheringDto From(Gathering g) => new(g.Number, g.Theme, g.Start, g.End, g.Mode, g.Place);
}

/// <summary>
/// The status report due before the next gathering. State: notStarted, draft or submitted, with who saved or sent it.
/// <see cref="CardUrl"/> is a Teams link to the report card in the team's channel once it is posted; until then
/// <see cref="CardPostsAt"/> says when it will be (null when the team has no linked channel). <see cref="ChatUrl"/>
/// opens the person's chat with the app with «rapport» typed: the report card comes there. <see cref="Sections"/>: the
/// report as saved, read-only, section by section (the card is where it is filled in).
/// </summary>
public sealed record StatusReportDto(int Gathering, DateTimeOffset Deadline, StatusReportState State, string? By = null, DateTimeOffset? At = null,
    string? CardUrl = null, DateTimeOffset? CardPostsAt = null, bool HasChannel = false, string? ChatUrl = null,
    IReadOnlyList<ReportSectionDto>? Sections = null);

/// <summary>One section of the report: done (everything it requires answered) or the labels of what it misses, and its answers.</summary>
public sealed record ReportSectionDto(ReportSection Section, bool Done, IReadOnlyList<LabelDto> Missing, IReadOnlyList<AnswerDto> Answers);

/// <summary>A label in both languages (the tab shows the one it speaks).</summary>
public sealed record LabelDto(string Nb, string En);

/// <summary>An answer under its label: a text or number as saved, or a task's outcome (done, partly, notYet) with its comment and document link.</summary>
public sealed record AnswerDto(LabelDto Label, string? Value, TaskOutcome? Outcome = null, string? Comment = null, string? Link = null);

/// <summary>The tasks one gathering gave (null gathering: it is no longer in the plan).</summary>
public sealed record TaskGroupDto(GatheringDto? Gathering, int GivenAt, IReadOnlyList<TaskDto> Tasks);

/// <summary>A task with this team's progress. Version: send it back as If-Match (null: not saved yet, use If-None-Match: *).</summary>
public sealed record TaskDto(
    string Id,
    string Title,
    string? Description,
    int GivenAt,
    DateTimeOffset? Due,
    TaskState State,
    string? OwnerMemberId,
    IReadOnlyList<StepDto> Steps,
    string? Version);

public sealed record StepDto(string Id, string Text, string? OwnerMemberId, DateOnly? DueDate, bool Done);

public sealed record PersonDto(string Id, string Name);

/// <summary>The body of <c>PUT .../tasks/{taskId}</c>: the team's whole progress on the task.</summary>
public sealed record TaskProgressBody(TaskState? State, string? OwnerMemberId, IReadOnlyList<StepDto>? Steps);
