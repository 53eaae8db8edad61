using System.Net;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.Evaluations;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
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
    public async Task MinPlan_ShowsTheOpenEvaluation_WhetherSheAnswered_AndTheNextOpenScreen()
    {
        const string plan = $"/api/tab/networks/{Network}/teams/tromso-sone-1/plan";
        async Task<JsonNode> PlanAsync()
        {
            using var response = await SendTabAsync(HttpMethod.Get, plan, TabToken(Hanne));
            return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        }

        Assert.Null((await PlanAsync())["evaluation"]); // not open yet
        var sessions = Factory.Services.GetRequiredService<IOpenScreenRepository>();
        var now = TestClock.GetUtcNow();
        await sessions.SaveSessionAsync(Network, new OpenScreenSession
        {
            Id = "os-mai", Start = now.AddDays(7), DurationMinutes = 60, Topic = "Mentorsamtalen", JoinUrl = "https://teams.microsoft.com/l/meetup-join/x", ChangedAt = now,
        }, null, CancellationToken.None);
        await sessions.SaveSessionAsync(Network, new OpenScreenSession
        {
            Id = "os-avlyst", Start = now.AddDays(2), DurationMinutes = 60, Topic = "Avlyst", ChangedAt = now, CancelledAt = now,
        }, null, CancellationToken.None);
        using (await SendTabAsync(HttpMethod.Post, Open, TabToken(Organizer), header: ("If-Match", await VersionAsync())))
        {
        }

        var open = await PlanAsync();
        Assert.Equal((3, false), ((int)open["evaluation"]!["gathering"]!, (bool)open["evaluation"]!["answered"]!));
        Assert.Equal("Mentorsamtalen", (string?)open["openScreen"]!["topic"]); // the next one not cancelled
        Assert.StartsWith("https://teams.microsoft.com/l/chat/0/0?users=28%3A", (string?)open["evaluation"]!["chatUrl"], StringComparison.Ordinal);

        await InvokeAsync(EvaluationVerbs.Submit, Data(3, answers: [("motivasjon", "4"), ("innhold", "4"), ("tidsbruk", "5"), ("mest-nyttig", ""), ("bor-endres", "")]), Hanne);
        Assert.True((bool)(await PlanAsync())["evaluation"]!["answered"]!); // her own answer, by her key

        using var silje = await SendTabAsync(HttpMethod.Get, plan, TabToken(Silje));
        Assert.False((bool)JsonNode.Parse(await silje.Content.ReadAsStringAsync())!["evaluation"]!["answered"]!); // not Hanne's
    }

    [Fact]
    public async Task Command_OrganizerOpensItInTheRoom_OthersAreTold()
    {
        static string As(string aad, string text) => TeamsPayloads.PersonalMessage(text).Replace("6f0d2c1e-0000-4000-8000-000000000001", aad, StringComparison.Ordinal);

        await PostAsync(As(Hanne, "åpne evaluering"));
        Assert.Contains("Bare arrangørene kan åpne evalueringen.", Texts(CardOf(SingleSent().Activity)), StringComparison.Ordinal);
        Assert.Null((await Networks.GetPlanAsync(Network, CancellationToken.None))!.Gatherings[2].EvaluationOpens);

        Factory.Connector.Requests.Clear();
        await PostAsync(As(Organizer, "åpne evaluering"));
        Assert.Contains("Evalueringen av samling 3 i Mentorprogram Nord er åpnet.", Texts(CardOf(SingleSent().Activity)), StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2023, 4, 27, 10, 17, 0, TimeSpan.FromHours(2)), (await Networks.GetPlanAsync(Network, CancellationToken.None))!.Gatherings[2].EvaluationOpens);

        Factory.Connector.Requests.Clear();
        await PostAsync(As(Organizer, "åpne evaluering"));
        Assert.Contains("Evalueringen av samling 3 er allerede åpen.", Texts(CardOf(SingleSent().Activity)), StringComparison.Ordinal);
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
