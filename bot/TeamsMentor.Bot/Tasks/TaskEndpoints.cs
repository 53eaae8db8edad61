using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Domain.Tasks;
using TeamsMentor.Protocol;

namespace TeamsMentor.Bot.Tasks;

/// <summary>
/// The personal tab's task API ("Min plan"): a team's plan, and a team's progress on one task. Members see
/// and change only their own team; organizers their network's teams. Progress writes are guarded by the version the
/// user read (If-Match), so a concurrent edit is never overwritten: the loser gets 412 with the current state.
/// </summary>
public static class TaskEndpoints
{
    public const int MaxSteps = 30;
    public const int MaxStepLength = 300;

    public static RouteGroupBuilder MapTaskApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab").RequireAuthorization(TabAuthentication.Policy).DisableAntiforgery();
        group.MapGet("/networks/{networkId}/teams/{teamId}/plan", PlanAsync);
        group.MapPut("/networks/{networkId}/teams/{teamId}/tasks/{taskId}", SaveTaskAsync);
        return group;
    }

    private static async Task<Results<Ok<TeamPlanDto>, ProblemHttpResult>> PlanAsync(
        HttpContext http, string networkId, string teamId, INetworkRepository networks, ITeamProgressRepository progress,
        IStatusReportRepository reports, IDeliveryStore deliveries, IEvaluationRepository evaluations, RespondentKeys keys, IOpenScreenRepository openScreen,
        IFollowUpRepository followUps, AccessService access, IOptions<BotOptions> bot, BotText text, TimeProvider time, CancellationToken ct)
    {
        var (plan, team, problem) = await AuthorizeAsync(http, networkId, teamId, networks, access, ct);
        if (problem is not null)
        {
            return problem;
        }

        var now = time.GetUtcNow();
        var saved = await progress.GetTeamAsync(networkId, teamId, ct);
        var next = Deadlines.CurrentOrNext(plan!, now);
        var report = next is null ? null : (await reports.GetAsync(networkId, teamId, next.Number, ct))?.Value;
        var card = next is null || team!.Channel is null ? null
            : await deliveries.GetAsync(DeliveryKeys.StatusPrompt(networkId, next.Number, teamId), DeliveryKeys.TeamChannel(team.Id), ct);
        var locale = BotLocale.From(plan!.Network.DefaultLocale);
        string? Chat(string word) => bot.Value.AppId is { Length: > 0 } appId ? DeepLinks.BotChat(appId, text.Get(word, locale)) : null;

        // What else is asked now: the evaluation open in the network (has she answered? her own key only), and the next
        // open screen the team is invited to.
        OpenEvaluationDto? evaluation = null;
        if (EvaluationRules.OpenNow(plan, now) is { } open)
        {
            var user = TabUser.From(http.User)!;
            var answered = await evaluations.GetAnswerAsync(networkId, open.Number, keys.AnswerKey(networkId, open.Number, user.ObjectId), ct) is not null;
            evaluation = new OpenEvaluationDto(open.Number, Deadlines.EvaluationCloses(plan.Network, open), answered, Chat("Eval_Word"));
        }

        var session = (await openScreen.ListSessionsAsync(networkId, ct)).Select(s => s.Value)
            .Where(s => !s.IsCancelled && s.Start.AddMinutes(s.DurationMinutes) > now && s.Invites(teamId))
            .OrderBy(s => s.Start).FirstOrDefault();
        var nextSession = session is null ? null : new NextOpenScreenDto(session.Topic, session.Start, session.Start.AddMinutes(session.DurationMinutes), session.JoinUrl);
        var followUp = (await followUps.ListAsync(networkId, ct)).Select(f => f.Value)
            .Where(f => f.TeamId == teamId && f.State is FollowUpState.Booked or FollowUpState.Accepted or FollowUpState.NewTimeProposed && f.End > now)
            .OrderBy(f => f.Start).FirstOrDefault();
        var nextFollowUp = followUp is null ? null : new NextFollowUpDto(followUp.Start, followUp.End, followUp.Mode, followUp.JoinUrl,
            FollowUpRules.AdvisorOf(plan, followUp)?.Name, followUp.State);
        return TypedResults.Ok(TeamPlans.Build(plan, team!, saved, report, now, card?.ActivityId, Chat("Rapport_Word"), evaluation, nextSession, nextFollowUp));
    }

    private static async Task<Results<Ok<TaskDto>, ProblemHttpResult>> SaveTaskAsync(
        HttpContext http, string networkId, string teamId, string taskId, TaskProgressBody body, INetworkRepository networks,
        ITeamProgressRepository progress, AccessService access, TimeProvider time, CancellationToken ct)
    {
        var (plan, team, problem) = await AuthorizeAsync(http, networkId, teamId, networks, access, ct);
        if (problem is not null)
        {
            return problem;
        }

        var task = plan!.Tasks.FirstOrDefault(t => t.Id == taskId);
        if (task is null)
        {
            return ApiProblems.Problem(404, ProblemCodes.TaskNotFound, "No such task", $"The network has no task '{taskId}'.");
        }

        var ifMatch = http.Request.Headers.IfMatch.ToString();
        var createOnly = http.Request.Headers.IfNoneMatch.ToString() == "*";
        if (string.IsNullOrEmpty(ifMatch) && !createOnly)
        {
            return ApiProblems.Problem(428, ProblemCodes.IfMatchRequired, "If-Match required", "Send If-Match with the task's version (or If-None-Match: * if it has none yet).");
        }

        var (next, errors) = TeamPlans.Validate(plan, teamId, taskId, body);
        if (next is null)
        {
            return ApiProblems.Problem(400, ProblemCodes.TaskInvalid, "Invalid progress", "The progress was not saved.",
                extensions: new Dictionary<string, object?> { ["errors"] = errors });
        }

        var outcome = await progress.SaveAsync(networkId, next with { UpdatedAt = time.GetUtcNow() }, createOnly ? null : ifMatch, ct);
        if (outcome == WriteOutcome.Failed)
        {
            return ApiProblems.Problem(503, ProblemCodes.StorageFailed, "Storage failed", "Table Storage did not accept the change. Send it again.");
        }

        var current = (await progress.GetTeamAsync(networkId, teamId, ct)).FirstOrDefault(p => p.Value.TaskId == taskId);
        if (outcome != WriteOutcome.Saved)
        {
            return ApiProblems.Problem(412, ProblemCodes.TaskChangedMeanwhile, "Changed by someone else",
                "Someone else saved this task first. Their version is in 'current'; your changes were not saved.",
                extensions: new Dictionary<string, object?> { ["current"] = TeamPlans.Task(plan, task, current) });
        }

        return TypedResults.Ok(TeamPlans.Task(plan, task, current));
    }

    private static async Task<(NetworkPlan? Plan, NetworkTeam? Team, ProblemHttpResult? Problem)> AuthorizeAsync(
        HttpContext http, string networkId, string teamId, INetworkRepository networks, AccessService access, CancellationToken ct)
    {
        var user = TabUser.From(http.User)!;
        var plan = await networks.GetPlanAsync(networkId, ct);
        var team = plan?.Teams.FirstOrDefault(t => t.Id == teamId);
        if (plan is null || team is null)
        {
            return (null, null, ApiProblems.Problem(404, ProblemCodes.TeamNotFound, "No such team", $"There is no team '{teamId}' in '{networkId}'."));
        }

        return access.CanWorkOn(plan, teamId, user.ObjectId)
            ? (plan, team, null)
            : (null, null, ApiProblems.Problem(403, ProblemCodes.TeamNotYours, "Not your team", "Only the team's members and the network's organizers can see and change its plan."));
    }
}
