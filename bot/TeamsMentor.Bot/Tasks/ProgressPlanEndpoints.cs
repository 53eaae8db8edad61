using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Bot.Tasks;

/// <summary>
/// <c>GET /api/tab/admin/networks/{id}/progressPlans</c> (organizers): every team's progress plan for every gathering
/// period, its state (<see cref="ProgressPlans"/>) and its steps per task, for the workspace's «Fremdriftsplaner».
/// </summary>
public static class ProgressPlanEndpoints
{
    public sealed record OverviewDto(IReadOnlyList<PeriodDto> Periods, IReadOnlyList<TaskRefDto> Tasks, IReadOnlyList<TeamPlansDto> Teams, DateTimeOffset Now);

    public sealed record PeriodDto(int Gathering, DateTimeOffset Opens, DateTimeOffset Deadline, DateTimeOffset Closes, IReadOnlyList<string> TaskIds);

    public sealed record TaskRefDto(string Id, string Title, int GivenAt);

    public sealed record TeamPlansDto(string Id, string Name, string Municipality, IReadOnlyList<TeamPeriodDto> Plans);

    public sealed record TeamPeriodDto(int Gathering, ProgressPlanState State, IReadOnlyList<TaskStepsDto> Tasks);

    public sealed record TaskStepsDto(string TaskId, IReadOnlyList<PlanStepDto> Steps);

    public sealed record PlanStepDto(string Text, string? Owner, DateOnly? DueDate, bool Done);

    public static IEndpointRouteBuilder MapProgressPlans(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/tab/admin/networks/{networkId}/progressPlans", OverviewAsync).RequireAuthorization(TabAuthentication.Policy).RequireOrganizer();
        return endpoints;
    }

    private static async Task<Ok<OverviewDto>> OverviewAsync(CurrentNetwork network, ITeamProgressRepository progress, TimeProvider time, CancellationToken ct)
    {
        var (plan, now) = (network.Plan, time.GetUtcNow());
        var periods = ProgressPlans.Periods(plan);
        var names = plan.Members.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        var teams = new List<TeamPlansDto>();
        foreach (var team in plan.Teams)
        {
            var saved = (await progress.GetTeamAsync(network.Id, team.Id, ct)).Select(p => p.Value).ToList();
            teams.Add(new TeamPlansDto(team.Id, team.Name, plan.MunicipalityName(team), [.. periods.Select(period => new TeamPeriodDto(
                period.Gathering,
                ProgressPlans.State(period, saved, now),
                [.. period.TaskIds.Select(id => new TaskStepsDto(id, [.. (saved.FirstOrDefault(p => p.TaskId == id)?.Steps ?? [])
                    .Select(s => new PlanStepDto(s.Text, s.OwnerMemberId is { } owner ? names.GetValueOrDefault(owner) : null, s.DueDate, s.Done))]))]))]));
        }

        return TypedResults.Ok(new OverviewDto(
            [.. periods.Select(p => new PeriodDto(p.Gathering, p.Opens, p.Deadline, p.Closes, p.TaskIds))],
            [.. plan.Tasks.Select(t => new TaskRefDto(t.Id, t.Title, t.GivenAt))],
            teams, now));
    }
}
