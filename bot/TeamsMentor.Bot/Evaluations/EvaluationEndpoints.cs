using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Exports;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// The organizers' evaluation results: per gathering (distribution, mean, n, response rate; per municipality; free
/// texts) and the trend of every stable item across the gatherings; and the export (.xlsx, .csv). Organizers of the
/// network only. Every group of fewer than 3 answers is left out (<see cref="SmallGroups"/>).
/// </summary>
public static class EvaluationEndpoints
{
    public sealed record ResultsDto(int MinimumGroup, string? TrendItemId, IReadOnlyList<MunicipalityDto> Municipalities, IReadOnlyList<ItemDto> Items,
        IReadOnlyList<GatheringDto> Gatherings, IReadOnlyList<ItemTrend> Trends);

    public sealed record MunicipalityDto(string Id, string Name);

    public sealed record ItemDto(string Id, EvaluationItemKind Kind, string Text, bool Stable, IReadOnlyList<int>? Gatherings);

    /// <param name="State">notYet, open or closed.</param>
    /// <param name="CanOpenNow">The gathering is under way (by the host's clock) and its evaluation not open yet: an organizer may open it now.</param>
    public sealed record GatheringDto(int Number, DateTimeOffset Start, DateTimeOffset Opens, DateTimeOffset Closes, string State, int Respondents, int Invited,
        bool Suppressed, IReadOnlyList<ItemResult> Items, IReadOnlyDictionary<string, IReadOnlyList<string>> Texts, bool CanOpenNow = false);

    public static void MapEvaluationApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/tab/admin/networks/{networkId}/evaluations").RequireAuthorization(TabAuthentication.Policy).RequireOrganizer();
        group.MapGet("", ResultsAsync);
        group.MapGet("/export", ExportAsync);

        // The item bank, edited like every other plan item (If-Match, validated as an import), guarded for the trend.
        var items = endpoints.MapGroup("/api/tab/admin/networks/{networkId}/evaluationItems").RequireAuthorization(TabAuthentication.Policy)
            .RequireOrganizer(NetworkEndpoints.ChangeForbidden);
        items.MapPut("/{itemId}", async (HttpContext h, string itemId, CurrentNetwork network, NetworkEndpoints.Editor e, TimeProvider time, CancellationToken ct) =>
        {
            var trend = TrendGuard(network.Plan, itemId, time.GetUtcNow());
            return await e.WithBodyAsync(h, network.Id, (plan, body) => trend?.Invoke(body) ?? PlanEdits.PutEvaluationItem(plan, itemId, body), ct);
        });
        items.MapDelete("/{itemId}", async (HttpContext h, string itemId, CurrentNetwork network, NetworkEndpoints.Editor e, TimeProvider time, CancellationToken ct) =>
        {
            var trend = TrendGuard(network.Plan, itemId, time.GetUtcNow());
            return await e.EditAsync(h, network.Id, plan => trend?.Invoke(null) ?? PlanEdits.DeleteEvaluationItem(plan, itemId), ct);
        });

        // In the room: an organizer opens a gathering's evaluation now (the plan's evaluationOpens becomes this minute);
        // the scheduler sends the evaluation card on its next pass.
        endpoints.MapPost("/api/tab/admin/networks/{networkId}/gatherings/{number:int}/evaluation/open",
            (HttpContext h, int number, CurrentNetwork network, NetworkEndpoints.Editor e, TimeProvider time, CancellationToken ct) =>
            {
                var now = time.GetUtcNow();
                return e.EditAsync(h, network.Id, document => EvaluationOpening.Edit(document, network.Plan, number, now), ct);
            })
            .RequireAuthorization(TabAuthentication.Policy).RequireOrganizer(NetworkEndpoints.ChangeForbidden);
    }

    /// <summary>
    /// Once the first evaluation has opened, a stable item is the trend's thread: it cannot be deleted, change its kind or
    /// stop being asked at every gathering (its text may be corrected). Null when the item is free to change; else a check
    /// of the new body (null: a delete) that returns the refusal.
    /// </summary>
    private static Func<JsonObject?, PlanRefusal?>? TrendGuard(NetworkPlan plan, string itemId, DateTimeOffset now)
    {
        if (plan.EvaluationItems.FirstOrDefault(i => i.Id == itemId) is not { Stable: true } item
            || plan.Gatherings.Where(g => now >= Deadlines.EvaluationOpens(plan.Network, g)).Select(g => (int?)g.Number).FirstOrDefault() is not { } first)
        {
            return null;
        }

        var args = new Dictionary<string, object?> { ["item"] = itemId, ["first"] = first };
        return body => body is null
            ? new PlanRefusal(ProblemCodes.EvaluationStableDelete,
                $"'{itemId}' is asked at every gathering and has been since gathering {first}: deleting it would break its trend. Add a new item instead.", args)
            : !string.Equals((string?)body["kind"], item.Kind.ToString(), StringComparison.OrdinalIgnoreCase) || body["stable"] is not JsonValue stable || !stable.TryGetValue<bool>(out var s) || !s
                ? new PlanRefusal(ProblemCodes.EvaluationStableChange,
                    $"'{itemId}' is asked at every gathering and has been since gathering {first}: its kind and being asked every time cannot change without breaking its trend. Add a new item instead.", args)
                : null;
    }

    private static async Task<Ok<ResultsDto>> ResultsAsync(string? locale, CurrentNetwork current, IEvaluationRepository evaluations, BotText text, TimeProvider time,
        CancellationToken ct)
    {
        var (plan, networkId) = (current.Plan, current.Id);
        var network = plan.Network;
        var t = new CardText(text, BotLocale.From(locale));
        var now = time.GetUtcNow();
        var answers = await evaluations.ListAnswersAsync(networkId, null, ct);
        var invited = await evaluations.InvitedAsync(networkId, ct);
        var gatherings = plan.Gatherings.Select(g =>
        {
            var (opens, closes) = (Deadlines.EvaluationOpens(network, g), Deadlines.EvaluationCloses(network, g));
            var state = EvaluationRules.State(network, g, now);
            var result = EvaluationResults.ForGathering(plan, g.Number, [.. answers.Where(a => a.Gathering == g.Number)],
                invited.TryGetValue(g.Number, out var counts) ? counts.Values.Sum() : null);
            return new GatheringDto(g.Number, g.Start, opens, closes, state, result.Respondents, result.Invited, result.Suppressed, result.Items, result.Texts,
                CanOpenNow: state == "notYet" && now >= g.Start);
        }).ToList();
        return TypedResults.Ok(new ResultsDto(
            plan.Network.SmallGroupMinimum,
            EvaluationResults.TrendItem(plan)?.Id,
            [.. network.Municipalities.Select(m => new MunicipalityDto(m.Id, m.Name))],
            [.. plan.EvaluationItems.Select(i => new ItemDto(i.Id, i.Kind, EvaluationCard.ItemText(t, i), i.Stable, i.Gatherings))],
            gatherings,
            EvaluationResults.Trends(plan, answers, now)));
    }

    /// <summary>All answers (anonymous) and the results as .xlsx (two sheets) or the answers as .csv; labels in <paramref name="locale"/>'s language.</summary>
    private static Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string? format, string? locale, CurrentNetwork network,
        IEvaluationRepository evaluations, BotText text, TimeProvider time, CancellationToken ct) =>
        ExportDownload.ServeAsync(network.Plan, format, locale, "Export_EvaluationFileName", text, time, async (t, plan) =>
            EvaluationExport.Sheets(t, plan, await evaluations.ListAnswersAsync(plan.Network.Id, null, ct), await evaluations.InvitedAsync(plan.Network.Id, ct)));
}
