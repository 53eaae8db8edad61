using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using QRCoder;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Protocol;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>
/// The big screen in the room: <c>GET /api/tab/admin/networks/{id}/evaluations/{n}/live</c> (organizers) gives the
/// response count and the live snapshot (<see cref="LiveResults"/>: figures that move only in steps of the small-group
/// minimum, no free text, no municipality), with a QR code and a short link (<c>/e</c>) that open a chat with the app
/// with «evaluering» typed in, for people the app could not reach 1:1.
/// </summary>
public static class LiveEndpoints
{
    /// <summary>The short link's path: it redirects to the chat with the app.</summary>
    public const string ShortPath = "/e";

    public sealed record LiveDto(int Gathering, string Theme, DateTimeOffset Start, string State, int Respondents, int Invited, int MinimumGroup,
        int ShownAt, IReadOnlyList<LiveItemDto> Items, string? AnswerUrl, string? QrSvg);

    public sealed record LiveItemDto(string Id, EvaluationItemKind Kind, string Text, ItemStatistics? Statistics);

    public static void MapLiveEvaluation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/tab/admin/networks/{networkId}/evaluations/{number:int}/live", LiveAsync)
            .RequireAuthorization(TabAuthentication.Policy).RequireOrganizer();
        endpoints.MapGet(ShortPath, (IOptions<BotOptions> bot, BotText text) => bot.Value.AppId is { Length: > 0 } appId
            ? Results.Redirect(DeepLinks.BotChat(appId, text.Get("Eval_Word", BotLocale.Norwegian)))
            : Results.NotFound()).AllowAnonymous();
    }

    private static async Task<Results<Ok<LiveDto>, ProblemHttpResult>> LiveAsync(HttpContext http, int number, string? locale, CurrentNetwork current,
        IEvaluationRepository evaluations, IOptions<BotOptions> bot, BotText text, TimeProvider time, CancellationToken ct)
    {
        var plan = current.Plan;
        if (plan.GatheringNumber(number) is not { } gathering)
        {
            return ApiProblems.Problem(404, ProblemCodes.PlanChangeNotPossible, "No such gathering", $"There is no gathering {number}.");
        }

        var now = time.GetUtcNow();
        var answers = await evaluations.ListAnswersAsync(current.Id, number, ct);
        var snapshot = await SnapshotAsync(evaluations, plan, current.Id, number, answers, ct);
        var invited = (await evaluations.InvitedAsync(current.Id, ct)).TryGetValue(number, out var counts) ? counts.Values.Sum() : 0;
        var t = new CardText(text, BotLocale.From(locale));
        var items = EvaluationRules.ItemsAt(plan, number).Where(i => i.Kind != EvaluationItemKind.Text)
            .Select(i => new LiveItemDto(i.Id, i.Kind, EvaluationCard.ItemText(t, i), snapshot?.Items.FirstOrDefault(x => x.ItemId == i.Id)?.Statistics))
            .ToList();
        var answerUrl = bot.Value.AppId is { Length: > 0 } ? $"{http.Request.Scheme}://{http.Request.Host}{ShortPath}" : null;
        return TypedResults.Ok(new LiveDto(number, gathering.Theme, gathering.Start, EvaluationRules.State(plan.Network, gathering, now),
            answers.Count, invited, plan.Network.SmallGroupMinimum, snapshot?.Answers ?? 0, items, answerUrl, answerUrl is null ? null : Qr(answerUrl)));
    }

    /// <summary>The snapshot to show: the stored one, or a newer one stored first (once; if another request stored one meanwhile, that one).</summary>
    private static async Task<LiveSnapshot?> SnapshotAsync(IEvaluationRepository evaluations, NetworkPlan plan, string networkId, int number,
        IReadOnlyList<EvaluationAnswer> answers, CancellationToken ct)
    {
        var (shown, version) = await evaluations.GetLiveAsync(networkId, number, ct);
        var next = LiveResults.Next(plan, number, shown, answers);
        if (next is null || ReferenceEquals(next, shown) || await evaluations.SaveLiveAsync(networkId, next, version, ct))
        {
            return next;
        }

        return (await evaluations.GetLiveAsync(networkId, number, ct)).Snapshot;
    }

    private static string Qr(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(10, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
