using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Exports;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The organizers' view of status reports: the matrix (teams × gatherings with state), one report in full, and the
/// figures table per municipality with turnover beside the national reference, and the export of every report (.xlsx,
/// .csv). Organizers of the network only.
/// </summary>
public static class ReportEndpoints
{
    /// <param name="Open">The gathering whose report teams can still send (before its deadline), if any: the one to nudge about.</param>
    public sealed record MatrixDto(IReadOnlyList<MatrixGatheringDto> Gatherings, IReadOnlyList<MatrixTeamDto> Teams, FiguresDto Figures, int? Open);

    public sealed record MatrixGatheringDto(int Number, DateTimeOffset Start, DateTimeOffset Deadline);

    /// <param name="NudgeBlocked">Why "nudge now" cannot reach the team (<c>unreachable</c>: no linked channel and nobody the app can write to 1:1), or null when it can.</param>
    public sealed record MatrixTeamDto(string Id, string Name, string Municipality, IReadOnlyList<MatrixCellDto> Cells, string? NudgeBlocked);

    public sealed record MatrixCellDto(int Gathering, ReportCellState State, bool Late, bool HasDraft, string? SubmittedBy, DateTimeOffset? SubmittedAt, bool Reopened)
    {
        public static MatrixCellDto From(ReportCell c) => new(c.Gathering, c.State, c.Late, c.HasDraft, c.SubmittedBy, c.SubmittedAt, c.Reopened);
    }

    public sealed record FiguresDto(IReadOnlyList<FiguresRowDto> Municipalities, FiguresRowDto Network, decimal NationalTurnoverReference);

    /// <param name="FromGatherings">The gatherings the figures come from (each team's latest report with figures); empty: nothing reported, the counts mean nothing.</param>
    public sealed record FiguresRowDto(string MunicipalityId, string Name, int Teams, int TeamsReporting, int Mentors, int MentorsTrained,
        int NewHiresWithMentor, int NewHiresWithMentorQuit, decimal? Turnover, IReadOnlyList<int> FromGatherings)
    {
        public static FiguresRowDto From(FiguresRow r) => new(r.MunicipalityId, r.Name, r.Teams, r.TeamsReporting, r.Figures.Mentors,
            r.Figures.MentorsTrained, r.Figures.NewHiresWithMentor, r.Figures.NewHiresWithMentorQuit, r.Turnover, r.FromGatherings);
    }

    /// <param name="OwnItems">The labels of the plan's own questions (the report's <c>values</c>), in bokmål and English.</param>
    public sealed record ReportDetailDto(string TeamId, string TeamName, int Gathering, StatusReport Report, IReadOnlyDictionary<string, string> TaskTitles,
        IReadOnlyList<OwnItemDto> OwnItems);

    public sealed record OwnItemDto(string Id, string Nb, string En);

    public static void MapReportApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab/admin/networks/{networkId}/reports").RequireAuthorization(TabAuthentication.Policy).RequireOrganizer();
        group.MapGet("", MatrixAsync);
        group.MapGet("/export", ExportAsync);
        group.MapGet("/{teamId}/{gathering:int}", DetailAsync);
        group.MapPost("/{teamId}/{gathering:int}/nudge", NudgeAsync).DisableAntiforgery();
    }

    /// <summary>
    /// The matrix: for each team and gathering where the report stands (<see cref="ReportCell"/>: not due yet, open,
    /// draft, submitted on time or late, missing, not asked), from the reports and the status prompts sent.
    /// </summary>
    private static async Task<Ok<MatrixDto>> MatrixAsync(CurrentNetwork current, IStatusReportRepository reports, IDeliveryStore deliveries,
        IConversationInstallationRepository installations, TimeProvider time, CancellationToken ct)
    {
        var plan = current.Plan;
        var all = await reports.ListAsync(current.Id, ct);
        var waves = (await deliveries.GetWaveTimesAsync(current.Id, ct)).Keys.Where(k => k.StartsWith("status", StringComparison.Ordinal)).ToList();
        var byKey = all.ToDictionary(r => (r.TeamId, r.Gathering));
        var chats = await PersonalChats.FindAsync(installations, plan, ct);
        var now = time.GetUtcNow();
        var teams = plan.Teams.Select(team => new MatrixTeamDto(team.Id, team.Name, plan.MunicipalityName(team),
            [.. plan.Gatherings.Select(g => MatrixCellDto.From(ReportCell.For(plan.Network, g, byKey.GetValueOrDefault((team.Id, g.Number)),
                waves.Any(w => DeliveryKeys.AsksForStatus(w, current.Id, g.Number, team.Id)), now)))],
            StatusPromptWaves.Reaches(plan, team, chats) ? null : "unreachable")).ToList();
        var (rows, network) = FiguresTable.Build(plan, all);
        var next = Deadlines.CurrentOrNext(plan, now);
        var open = next is not null && now < Deadlines.StatusReport(plan.Network, next) ? next.Number : (int?)null;
        return TypedResults.Ok(new MatrixDto(
            [.. plan.Gatherings.Select(g => new MatrixGatheringDto(g.Number, g.Start, Deadlines.StatusReport(plan.Network, g)))],
            teams,
            new FiguresDto([.. rows.Select(FiguresRowDto.From)], FiguresRowDto.From(network), FiguresTable.NationalTurnoverReference),
            open));
    }

    private static async Task<Results<Ok<ReportDetailDto>, ProblemHttpResult>> DetailAsync(
        string teamId, int gathering, CurrentNetwork network, IStatusReportRepository reports, CancellationToken ct)
    {
        var plan = network.Plan;
        var team = plan.Teams.FirstOrDefault(t => t.Id == teamId);
        var report = team is null ? null : await reports.GetAsync(network.Id, teamId, gathering, ct);
        return report is null
            ? ApiProblems.Problem(404, ProblemCodes.ReportNotFound, "No such report", $"Team '{teamId}' has no report for gathering {gathering}.")
            : TypedResults.Ok(new ReportDetailDto(teamId, team!.Name, gathering, report.Value, plan.Tasks.ToDictionary(t => t.Id, t => t.Title),
                [.. plan.ReportItems.Where(i => !ReportItems.KnownKinds.ContainsKey(i.Id)).Select(i => new OwnItemDto(i.Id, i.TextNb, i.Text(english: true)))]));
    }

    /// <summary>
    /// Every report as .xlsx (reports, task answers and figures as three sheets) or .csv (the reports sheet), labels in
    /// <paramref name="locale"/>'s language (bokmål unless English). A download: the file name carries the network and the day.
    /// </summary>
    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string? format, string? locale, CurrentNetwork network, IStatusReportRepository reports, BotText text, TimeProvider time, CancellationToken ct) =>
        ExportDownload.ServeAsync(network.Plan, format, locale, "Export_FileName", text, time,
            async (t, plan) => ReportExport.Sheets(t, plan, await reports.ListAsync(plan.Network.Id, ct)));

    public sealed record NudgeDto(string WaveId, bool AlreadyQueued);

    /// <summary>"Nudge now": a reminder into the team's channel, through the delivery engine; not once the report is in.</summary>
    private static async Task<Results<Accepted<NudgeDto>, ProblemHttpResult>> NudgeAsync(
        string teamId, int gathering, CurrentNetwork network, IStatusReportRepository reports, IDeliveryStore deliveries, StatusPromptWaves waves,
        TimeProvider time, CancellationToken ct)
    {
        var (plan, networkId) = (network.Plan, network.Id);
        var now = time.GetUtcNow();
        var team = plan.Teams.FirstOrDefault(t => t.Id == teamId);
        var g = plan.GatheringNumber(gathering);
        if (team is null || g is null)
        {
            return ApiProblems.Problem(404, ProblemCodes.ReportNoTeamOrGathering, "No such team or gathering", $"There is no team '{teamId}' or gathering {gathering} in '{networkId}'.");
        }

        if (Deadlines.CurrentOrNext(plan, now)?.Number != gathering || now >= Deadlines.StatusReport(plan.Network, g))
        {
            return ApiProblems.Problem(409, ProblemCodes.NudgeNotOpen, "Not open", $"The status report for gathering {gathering} is not open now: nothing to nudge about.",
                new Dictionary<string, object?> { ["gathering"] = gathering });
        }

        if ((await reports.GetAsync(networkId, teamId, gathering, ct))?.Value.State == StatusReportState.Submitted)
        {
            return ApiProblems.Problem(409, ProblemCodes.NudgeSubmitted, "Already submitted", $"{team.Name} has submitted its report.",
                new Dictionary<string, object?> { ["team"] = team.Name });
        }

        if (await waves.NudgeAsync(plan, team, g, now, ct) is not { } built)
        {
            return ApiProblems.Problem(409, ProblemCodes.NudgeUnreachable, "Cannot be reached", $"{team.Name} cannot be reached yet: no linked channel, and nobody on the team the app can write to 1:1.",
                new Dictionary<string, object?> { ["team"] = team.Name });
        }

        var outcome = await deliveries.EnqueueAsync(built.Wave, built.Deliveries, ct);
        return TypedResults.Accepted((string?)null, new NudgeDto(built.Wave.WaveId, outcome.Added == 0));
    }
}
