using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// <c>GET /api/tab/admin/networks/{id}/measures?locale=</c> (organizers): every measure of the report (numbers, counts,
/// likert answers and ratios, <see cref="MeasureTrends"/>) over the gatherings for the network, each municipality and
/// each team, with its good direction, its target or reference, and the flagged points; texts in the asked language.
/// </summary>
public static class MeasureEndpoints
{
    public sealed record MeasuresDto(IReadOnlyList<GatheringRefDto> Gatherings, IReadOnlyList<MeasureDto> Measures);

    public sealed record GatheringRefDto(int Number, DateTimeOffset Start);

    public sealed record MeasureDto(string Id, ReportItemKind Kind, string Text, string? Definition, MeasureDirection Direction, decimal? Target, string? TargetLabel,
        IReadOnlyList<PointDto> Network, IReadOnlyList<SeriesDto> Municipalities, IReadOnlyList<SeriesDto> Teams);

    public sealed record SeriesDto(string Id, string Name, string? MunicipalityId, IReadOnlyList<PointDto> Points);

    public sealed record PointDto(int Gathering, decimal Value, bool Flagged);

    public static IEndpointRouteBuilder MapMeasures(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/tab/admin/networks/{networkId}/measures", GetAsync).RequireAuthorization(TabAuthentication.Policy).RequireOrganizer();
        return endpoints;
    }

    private static async Task<Ok<MeasuresDto>> GetAsync(string? locale, CurrentNetwork network, IStatusReportRepository reports, CancellationToken ct)
    {
        var plan = network.Plan;
        var english = BotLocale.From(locale).TwoLetterISOLanguageName == "en";
        var trends = MeasureTrends.Build(plan, await reports.ListAsync(network.Id, ct));
        static IReadOnlyList<PointDto> Points(IReadOnlyList<MeasurePoint> points) => [.. points.Select(p => new PointDto(p.Gathering, p.Value, p.Flagged))];
        return TypedResults.Ok(new MeasuresDto(
            [.. plan.Gatherings.OrderBy(g => g.Number).Select(g => new GatheringRefDto(g.Number, g.Start))],
            [.. trends.Select(trend => new MeasureDto(trend.Measure.Id, trend.Measure.Kind, trend.Measure.Text(english), trend.Measure.Definition(english),
                trend.Measure.Direction, trend.Measure.Target, trend.Measure.TargetLabel(english), Points(trend.Network),
                [.. plan.Network.Municipalities.Select(m => new SeriesDto(m.Id, m.Name, null, Points(trend.Municipalities[m.Id])))],
                [.. plan.Teams.Select(t => new SeriesDto(t.Id, t.Name, t.MunicipalityId, Points(trend.Teams[t.Id])))]))]));
    }
}
