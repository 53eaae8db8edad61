using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;

namespace TeamsMentor.Bot.Admin;

/// <summary>
/// The organizers' view of status reports: the matrix (teams × gatherings with state), one report in full, and the
/// figures table per municipality with turnover beside the national reference. Organizers of the network only.
/// </summary>
public static class ReportEndpoints
{
    public sealed record MatrixDto(IReadOnlyList<MatrixGatheringDto> Gatherings, IReadOnlyList<MatrixTeamDto> Teams, FiguresDto Figures);

    public sealed record MatrixGatheringDto(int Number, DateTimeOffset Start, DateTimeOffset Deadline);

    public sealed record MatrixTeamDto(string Id, string Name, string Municipality, IReadOnlyList<MatrixCellDto> Cells);

    public sealed record MatrixCellDto(int Gathering, StatusReportState State, string? SubmittedBy, DateTimeOffset? SubmittedAt, bool Reopened);

    public sealed record FiguresDto(IReadOnlyList<FiguresRowDto> Municipalities, FiguresRowDto Network, decimal NationalTurnoverReference);

    public sealed record FiguresRowDto(string MunicipalityId, string Name, int Teams, int TeamsReporting, int Mentors, int MentorsTrained,
        int NewHiresWithMentor, int NewHiresWithMentorQuit, decimal? Turnover)
    {
        public static FiguresRowDto From(FiguresRow r) => new(r.MunicipalityId, r.Name, r.Teams, r.TeamsReporting, r.Figures.Mentors,
            r.Figures.MentorsTrained, r.Figures.NewHiresWithMentor, r.Figures.NewHiresWithMentorQuit, r.Turnover);
    }

    public sealed record ReportDetailDto(string TeamId, string TeamName, int Gathering, StatusReport Report, IReadOnlyDictionary<string, string> TaskTitles);

    public static void MapReportApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab/admin/networks/{networkId}/reports").RequireAuthorization(TabAuthentication.Policy);
        group.MapGet("", MatrixAsync);
        group.MapGet("/{teamId}/{gathering:int}", DetailAsync);
    }

    private static async Task<Results<Ok<MatrixDto>, ProblemHttpResult>> MatrixAsync(
        HttpContext http, string networkId, INetworkRepository networks, IStatusReportRepository reports, IOptions<TabOptions> tab, CancellationToken ct)
    {
        var plan = await networks.GetPlanAsync(networkId, ct);
        if (Refused(http, plan, tab.Value, networkId) is { } problem)
        {
            return problem;
        }

        var all = await reports.ListAsync(networkId, ct);
        var byKey = all.ToDictionary(r => (r.TeamId, r.Gathering));
        var teams = plan!.Teams.Select(team => new MatrixTeamDto(team.Id, team.Name,
            plan.Network.Municipalities.FirstOrDefault(m => m.Id == team.MunicipalityId)?.Name ?? team.MunicipalityId,
            [.. plan.Gatherings.Select(g => byKey.TryGetValue((team.Id, g.Number), out var r)
                ? new MatrixCellDto(g.Number, r.State, r.SubmittedBy, r.SubmittedAt, r.Reopened)
                : new MatrixCellDto(g.Number, StatusReportState.NotStarted, null, null, false))])).ToList();
        var (rows, network) = FiguresTable.Build(plan, all);
        return TypedResults.Ok(new MatrixDto(
            [.. plan.Gatherings.Select(g => new MatrixGatheringDto(g.Number, g.Start, Deadlines.StatusReport(plan.Network, g)))],
            teams,
            new FiguresDto([.. rows.Select(FiguresRowDto.From)], FiguresRowDto.From(network), FiguresTable.NationalTurnoverReference)));
    }

    private static async Task<Results<Ok<ReportDetailDto>, ProblemHttpResult>> DetailAsync(
        HttpContext http, string networkId, string teamId, int gathering, INetworkRepository networks, IStatusReportRepository reports,
        IOptions<TabOptions> tab, CancellationToken ct)
    {
        var plan = await networks.GetPlanAsync(networkId, ct);
        if (Refused(http, plan, tab.Value, networkId) is { } problem)
        {
            return problem;
        }

        var team = plan!.Teams.FirstOrDefault(t => t.Id == teamId);
        var report = team is null ? null : await reports.GetAsync(networkId, teamId, gathering, ct);
        return report is null
            ? AdminResults.Problem(404, "No such report", $"Team '{teamId}' has no report for gathering {gathering}.")
            : TypedResults.Ok(new ReportDetailDto(teamId, team!.Name, gathering, report.Value, plan.Tasks.ToDictionary(t => t.Id, t => t.Title)));
    }

    private static ProblemHttpResult? Refused(HttpContext http, NetworkPlan? plan, TabOptions tab, string networkId) =>
        plan is null ? AdminResults.Problem(404, "No such network", $"There is no network '{networkId}'.")
        : !AdminAccess.CanAdminister(tab, TabUser.From(http.User)!, plan.Network) ? AdminResults.Problem(403, "Organizers only", "Only the network's organizers can read its reports.")
        : null;
}
