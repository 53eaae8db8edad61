using System.Net;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// In the room: during gathering 3 (26 April 11:00 to 27 April 13:00, 2023) an organizer opens its evaluation now; the
/// plan's evaluationOpens becomes this minute, the card is due, and answers are accepted before the gathering ends.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EvaluationOpenNowTests(AzuriteFixture azurite)
    : EvaluationTestBase(azurite, new DateTimeOffset(2023, 4, 27, 10, 17, 30, TimeSpan.FromHours(2)))
{
    private const string Open = $"/api/tab/admin/networks/{Network}/gatherings/3/evaluation/open";

    private async Task<string> VersionAsync()
    {
        using var response = await SendTabAsync(HttpMethod.Get, $"/api/tab/admin/networks/{Network}/plan", TabToken(Organizer));
        return response.Headers.ETag!.ToString();
    }

    private async Task<JsonNode> GatheringAsync(int number)
    {
        using var response = await SendTabAsync(HttpMethod.Get, $"/api/tab/admin/networks/{Network}/evaluations", TabToken(Organizer));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["gatherings"]!.AsArray().Single(g => (int)g!["number"]! == number)!;
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) => (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"];

    [Fact]
    public async Task Organizer_OpensItNow_DueAtOnce_AnswersAccepted_ThenNotAgain()
    {
        var before = await GatheringAsync(3);
        Assert.Equal(("notYet", true), ((string?)before["state"], (bool?)before["canOpenNow"]));

        using (var opened = await SendTabAsync(HttpMethod.Post, Open, TabToken(Organizer), header: ("If-Match", await VersionAsync())))
        {
            Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        }

        var plan = (await Networks.GetPlanAsync(Network, CancellationToken.None))!;
        var now = TestClock.GetUtcNow();
        Assert.Equal(new DateTimeOffset(2023, 4, 27, 10, 17, 0, TimeSpan.FromHours(2)), plan.Gatherings[2].EvaluationOpens); // to the minute
        Assert.Contains(DuePrompts.Compute(plan, PromptState.Empty, now), d => d.Kind == PromptKind.Evaluation && d.Gathering == 3);
        var after = await GatheringAsync(3);
        Assert.Equal(("open", false), ((string?)after["state"], (bool?)after["canOpenNow"]));

        await InvokeAsync(EvaluationVerbs.Submit, Data(3, answers: [("motivasjon", "5"), ("innhold", "4"), ("tidsbruk", "6"), ("mest-nyttig", ""), ("bor-endres", "")]), Hanne);
        Assert.Single(await Evaluations.ListAnswersAsync(Network, 3, CancellationToken.None)); // in the room, before the gathering ends

        using var again = await SendTabAsync(HttpMethod.Post, Open, TabToken(Organizer), header: ("If-Match", await VersionAsync()));
        Assert.Equal((HttpStatusCode.BadRequest, "evaluation.alreadyOpen"), (again.StatusCode, await CodeAsync(again)));
    }

    [Fact]
    public async Task NotStartedYet_WithoutIfMatch_OrNotAnOrganizer_Refused_NothingChanged()
    {
        using (var early = await SendTabAsync(HttpMethod.Post, Open.Replace("/3/", "/4/", StringComparison.Ordinal), TabToken(Organizer), header: ("If-Match", await VersionAsync())))
        {
            Assert.Equal((HttpStatusCode.BadRequest, "evaluation.gatheringNotStarted"), (early.StatusCode, await CodeAsync(early)));
        }

        using (var noVersion = await SendTabAsync(HttpMethod.Post, Open, TabToken(Organizer)))
        {
            Assert.Equal(HttpStatusCode.PreconditionRequired, noVersion.StatusCode);
        }

        using (var member = await SendTabAsync(HttpMethod.Post, Open, TabToken(Hanne), header: ("If-Match", await VersionAsync())))
        {
            Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        }

        using (var nothing = await SendTabAsync(HttpMethod.Post, Open.Replace("/3/", "/9/", StringComparison.Ordinal), TabToken(Organizer), header: ("If-Match", await VersionAsync())))
        {
            Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        }

        Assert.All((await Networks.GetPlanAsync(Network, CancellationToken.None))!.Gatherings, g => Assert.Null(g.EvaluationOpens));
        Assert.Equal("notYet", (string?)(await GatheringAsync(3))["state"]);
    }
}
