using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The frozen report snapshots (organizers): which gatherings have one, and one gathering's reports as they were at its
/// deadline (names resolved now, so an erased person shows as no one) with what has changed since.
/// </summary>
public static class SnapshotEndpoints
{
    public sealed record SnapshotListDto(IReadOnlyList<SnapshotRefDto> Snapshots);

    public sealed record SnapshotRefDto(int Gathering, DateTimeOffset FrozenAt);

    public sealed record SnapshotDto(int Gathering, DateTimeOffset FrozenAt, IReadOnlyList<FrozenReportDto> Reports, IReadOnlyList<ChangeDto> Changes);

    public sealed record FrozenReportDto(string TeamId, string Team, StatusReportState State, string? SubmittedBy, DateTimeOffset? SubmittedAt,
        IReadOnlyList<AnswerDto> Answers);

    public sealed record AnswerDto(string Item, string Label, string? Value);

    public sealed record ChangeDto(string TeamId, string Team, string Item, string Label, string? Before, string? After);

    public static IEndpointRouteBuilder MapSnapshots(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab/admin/networks/{networkId}/reports/snapshots").RequireAuthorization(TabAuthentication.Policy).RequireOrganizer();
        group.MapGet("", ListAsync);
        group.MapGet("/{gathering:int}", GetAsync);
        return endpoints;
    }

    /// <summary>Every snapshot, after freezing any that is due (a host whose scheduler is off still freezes on reading).</summary>
    private static async Task<Ok<SnapshotListDto>> ListAsync(CurrentNetwork network, IReportSnapshotRepository snapshots, ReportSnapshotService freezer, TimeProvider time,
        CancellationToken ct)
    {
        await freezer.FreezeDueAsync(network.Plan, null, time.GetUtcNow(), ct);
        return TypedResults.Ok(new SnapshotListDto([.. (await snapshots.ListAsync(network.Id, ct)).OrderBy(s => s.Key).Select(s => new SnapshotRefDto(s.Key, s.Value))]));
    }

    private static async Task<Results<Ok<SnapshotDto>, ProblemHttpResult>> GetAsync(int gathering, string? locale, CurrentNetwork network, IReportSnapshotRepository snapshots,
        IStatusReportRepository reports, ReportSnapshotService freezer, TimeProvider time, CancellationToken ct)
    {
        var plan = network.Plan;
        await freezer.FreezeDueAsync(plan, null, time.GetUtcNow(), ct);
        if (await snapshots.GetAsync(network.Id, gathering, ct) is not { } snapshot)
        {
            return ApiProblems.Problem(404, ProblemCodes.SnapshotNotFound, "No snapshot", $"Gathering {gathering}'s reports have not been frozen (its deadline has not passed).",
                new Dictionary<string, object?> { ["number"] = gathering });
        }

        var english = BotLocale.From(locale).TwoLetterISOLanguageName == "en";
        var asked = StatusReportRules.Asked(plan, gathering).Where(i => i.Kind != ReportItemKind.TaskOutcomes).ToList();
        var titles = plan.Tasks.ToDictionary(x => x.Id, x => x.Title, StringComparer.Ordinal);
        string Team(string id) => plan.Teams.FirstOrDefault(x => x.Id == id)?.Name ?? id;
        string Label(string item) => item == "state" ? (english ? "State" : "Status")
            : item.StartsWith("task.", StringComparison.Ordinal) ? titles.GetValueOrDefault(item[5..]) ?? item[5..]
            : asked.FirstOrDefault(i => i.Id == item)?.Text(english) ?? item;
        var frozen = snapshot.Reports.Select(f => new FrozenReportDto(f.Report.TeamId, Team(f.Report.TeamId), f.Report.State,
            ReportSnapshots.Name(plan, f.SubmittedById), f.Report.SubmittedAt,
            [.. asked.Select(i => new AnswerDto(i.Id, i.Text(english), f.Report.Answer(i.Id, CultureInfo.InvariantCulture)))])).ToList();
        var changes = ReportSnapshots.Changes(plan, snapshot, await reports.ListAsync(network.Id, ct))
            .Select(c => new ChangeDto(c.TeamId, Team(c.TeamId), c.Item, Label(c.Item), c.Before, c.After)).ToList();
        return TypedResults.Ok(new SnapshotDto(gathering, snapshot.FrozenAt, frozen, changes));
    }
}
