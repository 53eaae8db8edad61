using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Infrastructure.Evaluations;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The evaluation through the real host: the scheduler's waves (1:1 where reachable, else the team channel; the reminder
/// only to those who have not answered) and the card's actions (open, answer, change, refusals), with a look at what
/// storage holds.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EvaluationActionTests(AzuriteFixture azurite) : EvaluationTestBase(azurite)
{
    private readonly AzuriteFixture _azurite = azurite;

    private static readonly (string, string)[] Full =
        [("motivasjon", "4"), ("innhold", "5"), ("tidsbruk", "7,5"), ("mest-nyttig", "Plakatvandringen"), ("bor-endres", "")];

    private IDeliveryStore Store => Factory.Services.GetRequiredService<IDeliveryStore>();

    private Task<int> ScheduleAsync() => Factory.Services.GetRequiredService<TeamsMentor.Bot.Delivery.PromptScheduler>().RunOnceAsync(CancellationToken.None);

    private async Task<List<string>> TargetsAsync(string waveId) =>
        [.. ((await Store.GetWaveAsync(Network, waveId, CancellationToken.None)) ?? []).Select(d => d.Target.Key).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Scheduler_WhenTheGatheringEnds_CardToEachReachablePersonElseTheTeamChannel_AndEveryoneMarkedPending()
    {
        await LinkAsync("tromso-sone-1", TeamsPayloads.ChannelId);
        await ChatWithAsync(Hanne);

        await ScheduleAsync();

        var key = DeliveryKeys.Evaluation(Network, 3);
        Assert.Equal(["team|tromso-sone-1", "user|" + Hanne], await TargetsAsync(key)); // Hammerfest has no channel and Anita no chat yet
        var delivery = (await Store.GetAsync(key, "team|tromso-sone-1", CancellationToken.None))!;
        Assert.Equal(DeliveryOperation.NewThread, delivery.Operation);
        var card = JsonNode.Parse(delivery.ActivityJson!)!["attachments"]![0]!["content"]!;
        Assert.Contains("Evaluering av samling 3", Texts(card), StringComparison.Ordinal);
        Assert.Contains("Svarene er anonyme", Texts(card), StringComparison.Ordinal);
        Assert.Equal(EvaluationVerbs.Open, (string?)card["refresh"]!["action"]!["verb"]);
        Assert.Equal(3, (await Evaluations.PendingAsync(Network, 3, CancellationToken.None)).Count); // the three Teams knows
        Assert.Equal(30, (await Evaluations.InvitedAsync(Network, CancellationToken.None))[3]["tromso"]); // everyone on Tromsø's four teams
    }

    [Fact]
    public async Task Reminder_AfterThreeDays_OnlyToThoseWhoHaveNotAnswered()
    {
        await LinkAsync("tromso-sone-1", TeamsPayloads.ChannelId);
        await ChatWithAsync(Hanne);
        await ChatWithAsync(Silje);
        await ScheduleAsync();
        await InvokeAsync(EvaluationVerbs.Submit, Data(answers: Full), Hanne);

        TestClock.SetUtcNow(new DateTimeOffset(2023, 4, 30, 13, 5, 0, TimeSpan.FromHours(2)));
        await ScheduleAsync();
        await ScheduleAsync(); // once only

        Assert.Equal(["team|tromso-sone-1", "user|" + Hanne, "user|" + Silje], await TargetsAsync(DeliveryKeys.Evaluation(Network, 3)));
        // Silje 1:1; the channel still, for the team's people Teams does not know yet; not Hanne, who answered.
        Assert.Equal(["team|tromso-sone-1", "user|" + Silje], await TargetsAsync(DeliveryKeys.EvaluationReminder(Network, 3)));
    }

    [Fact]
    public async Task OpenThenSubmit_StoresTheAnswerWithoutWho_AndRemovesTheMarker()
    {
        await ScheduleAsync();
        var form = await InvokeAsync(EvaluationVerbs.Open, Data(), Hanne);
        var choices = form["body"]!.AsArray().Single(e => (string?)e!["id"] == "eval.motivasjon")!["choices"]!.AsArray().Select(c => (string?)c!["value"]);
        Assert.Equal(["1", "2", "3", "4", "5", "dk"], choices);
        Assert.Null(form["body"]!.AsArray().SingleOrDefault(e => (string?)e!["id"] == "eval.forstar-metoden")); // gathering 1's own item

        var thanks = await InvokeAsync(EvaluationVerbs.Submit, Data(answers: Full), Hanne);

        Assert.Contains("Takk! Svaret ditt er lagret", Texts(thanks), StringComparison.Ordinal);
        var answer = Assert.Single(await Evaluations.ListAnswersAsync(Network, 3, CancellationToken.None));
        Assert.Equal(("tromso", 4, 7.5m, "Plakatvandringen"), (answer.MunicipalityId, answer.Values["motivasjon"].Score, answer.Values["tidsbruk"].Hours, answer.Values["mest-nyttig"].Text));
        Assert.False(answer.Values.ContainsKey("bor-endres"));
        Assert.DoesNotContain(Keys.PendingKey(Network, 3, Hanne), await Evaluations.PendingAsync(Network, 3, CancellationToken.None));

        // Storage inspection: nothing in the table names Hanne, her team, her chat or the channel.
        var rows = await new TableServiceClient(_azurite.ConnectionString).GetTableClient(Factory.TablePrefix + EvaluationRepository.TableName)
            .QueryAsync<TableEntity>().ToListAsync();
        var raw = JsonSerializer.Serialize(rows);
        foreach (var identifying in new[] { Hanne, "Hanne", "Solbakken", "tromso-sone-1", TeamsPayloads.ChannelId, "29:1x" })
        {
            Assert.DoesNotContain(identifying, raw, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task SubmitAgain_ReplacesTheAnswer_OpenShowsAnsweredAndEditPrefills()
    {
        await InvokeAsync(EvaluationVerbs.Submit, Data(answers: [("motivasjon", "2"), ("mest-nyttig", "Først")]), Hanne);
        await InvokeAsync(EvaluationVerbs.Submit, Data(answers: [("motivasjon", "5")]), Hanne);

        var answer = Assert.Single(await Evaluations.ListAnswersAsync(Network, 3, CancellationToken.None));
        Assert.Equal(5, answer.Values["motivasjon"].Score);
        Assert.False(answer.Values.ContainsKey("mest-nyttig")); // the change replaced the whole answer
        var again = await InvokeAsync(EvaluationVerbs.Open, Data(), Hanne);
        Assert.Contains("Du har svart", Texts(again), StringComparison.Ordinal);
        var edit = Data();
        edit["edit"] = true;
        var form = await InvokeAsync(EvaluationVerbs.Open, edit, Hanne);
        Assert.Equal("5", (string?)form["body"]!.AsArray().Single(e => (string?)e!["id"] == "eval.motivasjon")!["value"]);
        Assert.Equal("Lagre endringen", (string?)form["actions"]![0]!["title"]);
    }

    [Fact]
    public async Task Submit_OutOfRangeOrEmpty_FormBackWithTheProblemsAndWhatWasTyped_NothingStored()
    {
        var card = await InvokeAsync(EvaluationVerbs.Submit, Data(answers: [("motivasjon", "7"), ("tidsbruk", "-3"), ("mest-nyttig", "Beholdes")]), Hanne);
        var empty = await InvokeAsync(EvaluationVerbs.Submit, Data(answers: [("motivasjon", " ")]), Hanne);

        Assert.Contains("Ingenting er lagret ennå", Texts(card), StringComparison.Ordinal);
        Assert.Contains("Velg et av alternativene.", Texts(card), StringComparison.Ordinal);
        Assert.Contains("Oppgi et antall timer fra 0 til 500.", Texts(card), StringComparison.Ordinal);
        Assert.Equal("Beholdes", (string?)card["body"]!.AsArray().Single(e => (string?)e!["id"] == "eval.mest-nyttig")!["value"]);
        Assert.Contains("Svar på minst ett av spørsmålene.", Texts(empty), StringComparison.Ordinal);
        Assert.Empty(await Evaluations.ListAnswersAsync(Network, null, CancellationToken.None));
    }

    [Fact]
    public async Task Scheduler_FiveMinutesAfterClosing_SealsTheAnswersUnderRandomKeys_ResultsUnchanged()
    {
        await ScheduleAsync(); // opens: a pending marker for each of the three Teams knows
        await InvokeAsync(EvaluationVerbs.Submit, Data(answers: Full), Hanne);
        await InvokeAsync(EvaluationVerbs.Submit, Data(answers: [("motivasjon", "2")]), Silje, "Silje Nilsen");
        await InvokeAsync(EvaluationVerbs.Submit, Data(answers: [("motivasjon", "4"), ("tidsbruk", "3")]), Anita, "Anita Nilsen");
        var before = await Evaluations.ListAnswersAsync(Network, 3, CancellationToken.None);
        var plan = (await Networks.GetPlanAsync(Network, CancellationToken.None))!;
        var resultsBefore = JsonSerializer.Serialize(EvaluationResults.ForGathering(plan, 3, before, 30));

        TestClock.SetUtcNow(new DateTimeOffset(2023, 5, 4, 13, 4, 0, TimeSpan.FromHours(2)));
        await ScheduleAsync();
        var sealedEarly = (await Evaluations.OpenedAsync(Network, CancellationToken.None))[3];
        TestClock.SetUtcNow(new DateTimeOffset(2023, 5, 4, 13, 5, 0, TimeSpan.FromHours(2)));
        await ScheduleAsync();

        Assert.False(sealedEarly); // closed at 13:00, sealed from 13:05
        Assert.True((await Evaluations.OpenedAsync(Network, CancellationToken.None))[3]);
        Assert.Equal(before.Select(a => a.Values["motivasjon"].Score).Order(), (await Evaluations.ListAnswersAsync(Network, 3, CancellationToken.None)).Select(a => a.Values["motivasjon"].Score).Order());
        Assert.Null(await Evaluations.GetAnswerAsync(Network, 3, Keys.AnswerKey(Network, 3, Hanne), CancellationToken.None));
        Assert.Empty(await Evaluations.PendingAsync(Network, 3, CancellationToken.None));
        Assert.Equal(resultsBefore, JsonSerializer.Serialize(EvaluationResults.ForGathering(plan, 3, await Evaluations.ListAnswersAsync(Network, 3, CancellationToken.None), 30)));
        var again = await InvokeAsync(EvaluationVerbs.Open, Data(), Hanne);
        Assert.Contains("Evalueringen ble stengt", Texts(again), StringComparison.Ordinal);

        // An organizer moves the closing a week on: sealed stays closed (there is no key left to find Hanne's answer by).
        var current = (await Networks.GetVersionedPlanAsync(Network, CancellationToken.None))!;
        var later = current.Value with { Gatherings = [.. current.Value.Gatherings.Select(g => g.Number == 3 ? g with { EvaluationCloses = g.End.AddDays(14) } : g)] };
        await Networks.ImportAsync(later, current.Version, TeamsMentor.Domain.Networks.ImportMode.Exact, CancellationToken.None);
        var reopened = await InvokeAsync(EvaluationVerbs.Submit, Data(answers: Full), Hanne);
        Assert.Contains("Den kan ikke åpnes igjen", Texts(reopened), StringComparison.Ordinal);
        Assert.Equal(before.Count, (await Evaluations.ListAnswersAsync(Network, 3, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Submit_AfterClosing_ClosedCard_NothingStored()
    {
        TestClock.SetUtcNow(new DateTimeOffset(2023, 5, 4, 13, 0, 0, TimeSpan.FromHours(2)));

        var card = await InvokeAsync(EvaluationVerbs.Submit, Data(answers: Full), Hanne);

        Assert.Contains("Evalueringen ble stengt torsdag 4. mai 2023 kl. 13:00", Texts(card), StringComparison.Ordinal);
        Assert.Empty(await Evaluations.ListAnswersAsync(Network, null, CancellationToken.None));
    }

    [Fact]
    public async Task ForgedOrStrangers_Refused_NothingStored()
    {
        var viken = NordPlan("viken-ostfold.json");
        await Networks.ImportAsync(viken with { Teams = [viken.Teams[0] with { Channel = null }, .. viken.Teams.Skip(1)] }, CancellationToken.None);

        var otherNetwork = await InvokeAsync(EvaluationVerbs.Submit, Data(network: viken.Network.Id, answers: Full), Hanne);
        var unknown = await InvokeAsync(EvaluationVerbs.Submit, Data(network: "no-such-network", answers: Full), Hanne);
        var noGathering = await InvokeAsync(EvaluationVerbs.Submit, Data(gathering: 99, answers: Full), Hanne);
        var earlier = await InvokeAsync(EvaluationVerbs.Submit, Data(gathering: 2, answers: Full), Hanne);
        var later = await InvokeAsync(EvaluationVerbs.Submit, Data(gathering: 4, answers: Full), Hanne);
        var stranger = await InvokeAsync(EvaluationVerbs.Submit, Data(answers: Full), "aad-stranger", "Ukjent Person");
        var organizer = await InvokeAsync(EvaluationVerbs.Open, Data(), Organizer, "Ragnhild Sørvik");

        Assert.Contains("Evalueringen er for deltakerne i", Texts(otherNetwork), StringComparison.Ordinal); // Hanne is not in Viken
        Assert.Contains("gjelder et annet nettverk", Texts(unknown), StringComparison.Ordinal);
        Assert.Contains("gjelder et annet nettverk", Texts(noGathering), StringComparison.Ordinal);
        Assert.Contains("Evalueringen ble stengt", Texts(earlier), StringComparison.Ordinal);
        Assert.Contains("Evalueringen åpner", Texts(later), StringComparison.Ordinal);
        Assert.Contains("Evalueringen er for deltakerne i Mentorprogram Nord", Texts(stranger), StringComparison.Ordinal);
        Assert.Contains("Du er arrangør i Mentorprogram Nord", Texts(organizer), StringComparison.Ordinal);
        Assert.Empty(await Evaluations.ListAnswersAsync(Network, null, CancellationToken.None));
        Assert.Empty(await Evaluations.ListAnswersAsync(viken.Network.Id, null, CancellationToken.None));
    }

    [Fact]
    public async Task CardFromAnotherNetworksChannel_Refused()
    {
        var viken = NordPlan("viken-ostfold.json");
        await Networks.ImportAsync(viken, CancellationToken.None);
        var team = (await Networks.GetTeamAsync(viken.Network.Id, viken.Teams[0].Id, CancellationToken.None))!;
        await Networks.SetChannelAsync(viken.Network.Id, team.Value.Id,
            new(TeamsPayloads.Tenant, TeamsPayloads.TeamId, TeamsPayloads.ChannelId, TeamsPayloads.ServiceUrl, Start, "test"), team.Version, CancellationToken.None);

        var card = await InvokeAsync(EvaluationVerbs.Submit, Data(answers: Full), Hanne);

        Assert.Contains("gjelder et annet nettverk", Texts(card), StringComparison.Ordinal);
        Assert.Empty(await Evaluations.ListAnswersAsync(Network, null, CancellationToken.None));
    }

    [Fact]
    public async Task AfterAnswering_TheNetworksResult_OnlyFromThreeAnswers()
    {
        await AnswerAsync("aad-x1", "hammerfest", 3);
        var two = await InvokeAsync(EvaluationVerbs.Submit, Data(answers: [("motivasjon", "5")]), Hanne);
        await AnswerAsync("aad-x2", "senja", 4);
        await AnswerAsync("aad-y1", "senja", 2, gathering: 2);
        await AnswerAsync("aad-y2", "senja", 3, gathering: 2);
        await AnswerAsync("aad-y3", "dyroy", 4, gathering: 2);
        var three = await InvokeAsync(EvaluationVerbs.Open, Data(), Hanne);

        Assert.Contains("Nettverkets resultat vises når minst 3 har svart.", Texts(two), StringComparison.Ordinal);
        Assert.DoesNotContain("Snitt", Texts(two), StringComparison.Ordinal);
        Assert.Contains("Snitt for hele nettverket: 4,0 av 5 (3 svar).", Texts(three), StringComparison.Ordinal); // under the statement itself
        Assert.Contains("Tidligere samlinger: samling 2: 3,0.", Texts(three), StringComparison.Ordinal);
    }
}
