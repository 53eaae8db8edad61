using System.Net;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The big screen (<c>…/evaluations/{n}/live</c>): the count moves with every answer, the figures only in steps of the
/// small-group minimum (so no single new or changed answer can be read off them), never free text or municipalities;
/// the QR code's short link opens a chat with the app, and «evaluering» there gives the open evaluation's card.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class LiveEvaluationTests(AzuriteFixture azurite) : EvaluationTestBase(azurite)
{
    private const string Live = $"/api/tab/admin/networks/{Network}/evaluations/3/live";

    private async Task<JsonNode> LiveAsync()
    {
        using var response = await SendTabAsync(HttpMethod.Get, Live + "?locale=nb-NO", TabToken(Organizer));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.DoesNotContain("Plakatvandringen", text, StringComparison.Ordinal); // free text never reaches the big screen
        Assert.DoesNotContain("tromso", text, StringComparison.Ordinal); // nor a municipality
        return JsonNode.Parse(text)!;
    }

    private static JsonNode? Motivation(JsonNode live) => live["items"]!.AsArray().Single(i => (string?)i!["id"] == "motivasjon")!["statistics"];

    [Fact]
    public async Task Figures_MoveOnlyInStepsOfThree_CountWithEveryAnswer()
    {
        var empty = await LiveAsync();
        Assert.Equal((0, 0, "open"), ((int)empty["respondents"]!, (int)empty["shownAt"]!, (string?)empty["state"]));
        Assert.DoesNotContain(empty["items"]!.AsArray(), i => (string?)i!["id"] is "mest-nyttig" or "bor-endres"); // text items are not on the screen
        Assert.Null(Motivation(empty));

        await AnswerAsync("aad-t0", "tromso", 5, text: "Plakatvandringen");
        await AnswerAsync("aad-t1", "tromso", 4);
        var two = await LiveAsync();
        Assert.Equal((2, 0), ((int)two["respondents"]!, (int)two["shownAt"]!));
        Assert.Null(Motivation(two));

        await AnswerAsync("aad-h1", "hammerfest", 3);
        var three = await LiveAsync();
        Assert.Equal((3, 3), ((int)three["respondents"]!, (int)three["shownAt"]!));
        Assert.Equal((3, 4.0m), ((int)Motivation(three)!["n"]!, (decimal)Motivation(three)!["mean"]!));

        await AnswerAsync("aad-h2", "hammerfest", 1); // a fourth
        await AnswerAsync("aad-t1", "tromso", 1); // and a change
        var four = await LiveAsync();
        Assert.Equal((4, 3), ((int)four["respondents"]!, (int)four["shownAt"]!));
        Assert.Equal(Motivation(three)!.ToJsonString(), Motivation(four)!.ToJsonString()); // neither can be read off the screen

        await AnswerAsync("aad-h3", "hammerfest", 2);
        await AnswerAsync("aad-d1", "dyroy", 2);
        var six = await LiveAsync();
        Assert.Equal((6, 6), ((int)six["respondents"]!, (int)six["shownAt"]!));
        Assert.Equal((6, 2.33m), ((int)Motivation(six)!["n"]!, (decimal)Motivation(six)!["mean"]!)); // 5, 1, 3, 1, 2, 2
    }

    [Fact]
    public async Task QrAndShortLink_OpenAChatWithTheApp_ThatAnswersEvaluering()
    {
        var live = await LiveAsync();
        Assert.EndsWith("/e", (string?)live["answerUrl"], StringComparison.Ordinal);
        Assert.StartsWith("<svg", (string?)live["qrSvg"], StringComparison.Ordinal);

        using var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var redirect = await client.GetAsync(new Uri("/e", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(TeamsMentor.Bot.Conversation.DeepLinks.BotChat(BotHostFactory.AppId, "evaluering"), redirect.Headers.Location!.ToString());
        Assert.StartsWith("https://teams.microsoft.com/l/chat/0/0?users=28%3A" + BotHostFactory.AppId, redirect.Headers.Location!.ToString(), StringComparison.Ordinal);

        await PostAsync(TeamsPayloads.PersonalMessage("evaluering").Replace("6f0d2c1e-0000-4000-8000-000000000001", Hanne, StringComparison.Ordinal));
        var card = CardOf(SingleSent().Activity);
        Assert.Contains("samling 3", Texts(card), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(EvaluationVerbs.Open, (string?)card["refresh"]!["action"]!["verb"]); // her own form, as the scheduler's card gives it
    }

    [Fact]
    public async Task OrganizersOnly_UnknownGathering404()
    {
        using var member = await SendTabAsync(HttpMethod.Get, Live, TabToken(Hanne));
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        using var missing = await SendTabAsync(HttpMethod.Get, Live.Replace("/3/", "/9/", StringComparison.Ordinal), TabToken(Organizer));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null((await Evaluations.GetLiveAsync(Network, 9, CancellationToken.None)).Snapshot);
    }
}
