using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Health;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Bot.Health;

/// <summary>
/// <c>GET /api/tab/admin/networks/{id}/health</c> (organizers): every team this period (<see cref="NetworkHealth"/>):
/// the status report, the progress plan, the follow-up, overdue tasks, the last activity, and whether and why it has
/// stalled, with the details a line opens (who saved the report, the follow-up's time, the overdue tasks' titles).
/// </summary>
public static class HealthEndpoints
{
    public sealed record HealthDto(int? LastGathering, GatheringRefDto? NextGathering, int? ProgressPeriod, int StalledAfterDays, IReadOnlyList<TeamDto> Teams,
        DateTimeOffset Now);

    public sealed record GatheringRefDto(int Number, string Theme, DateTimeOffset Start);

    public sealed record TeamDto(string Id, string Name, string Municipality, string? Advisor, HealthReportState? Report, string? ReportBy, DateTimeOffset? ReportAt,
        ProgressPlanState? ProgressPlan, HealthFollowUp FollowUp, DateTimeOffset? FollowUpAt, int OverdueTasks, IReadOnlyList<string> Overdue,
        DateTimeOffset? LastActivity, bool Stalled, IReadOnlyList<StalledReason> Reasons, int? QuietDays);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/tab/admin/networks/{networkId}/health", GetAsync).RequireAuthorization(TabAuthentication.Policy).RequireOrganizer();
        return endpoints;
    }

    private static async Task<Ok<HealthDto>> GetAsync(CurrentNetwork network, HealthSignalsReader reader, TimeProvider time, CancellationToken ct)
    {
        var (plan, now) = (network.Plan, time.GetUtcNow());
        var signals = await reader.ReadAsync(plan, null, ct);
        return TypedResults.Ok(Build(plan, signals, NetworkHealth.Assess(plan, signals, now), now));
    }

    public static HealthDto Build(NetworkPlan plan, HealthSignals signals, HealthReport health, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(health);
        var next = health.NextGathering is { } n ? plan.GatheringNumber(n) : null;
        var teams = health.Teams.Select(h =>
        {
            var team = plan.Teams.First(x => x.Id == h.TeamId);
            var report = next is null ? null : signals.Reports.FirstOrDefault(r => r.TeamId == team.Id && r.Gathering == next.Number);
            var followUp = signals.FollowUps.Where(f => f.TeamId == team.Id && f.Period == health.LastGathering && f.State != FollowUpState.Cancelled)
                .OrderByDescending(f => f.Start).FirstOrDefault();
            var progress = signals.Progress.GetValueOrDefault(team.Id) ?? [];
            var overdue = NetworkHealth.Overdue(plan, progress, now).Select(task => task.Title).ToList();
            return new TeamDto(team.Id, team.Name, plan.MunicipalityName(team), FollowUpRules.AdvisorOf(plan, team)?.Name, h.Report,
                report?.State == StatusReportState.Submitted ? report.SubmittedBy : report?.LastEditedBy,
                report?.State == StatusReportState.Submitted ? report.SubmittedAt : report?.LastEditedAt,
                h.ProgressPlan, h.FollowUp, followUp?.Start, h.OverdueTasks, overdue, h.LastActivity, h.Stalled, h.Reasons, h.QuietDays);
        }).ToList();
        return new HealthDto(health.LastGathering, next is null ? null : new GatheringRefDto(next.Number, next.Theme, next.Start), health.ProgressPeriod,
            plan.Network.Schedule.StalledAfterDays, teams, now);
    }
}
