using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Tasks;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Domain.Tasks;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The progress-plan card through the real host, with the Nord plan on Azurite and the clock at Friday 28 April 2023
/// 09:00, the day after gathering 3 (which gave «kompetanseheving-mentorer» and «utkast-mentorprogram»): the plan is
/// asked now, due by the end of 11 May, and may change until gathering 4 starts on 1 September.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ProgressPlanActionTests(AzuriteFixture azurite) : EvaluationTestBase(azurite, new DateTimeOffset(2023, 4, 28, 9, 0, 0, TimeSpan.FromHours(2)))
{
    private const string Team = "tromso-sone-1";

    private ITeamProgressRepository Progress => Factory.Services.GetRequiredService<ITeamProgressRepository>();

    private Task<JsonObject> InvokeAsync(string verb, JsonObject data) => InvokeAsync(verb, data, Hanne);

    private static JsonObject Step(string task = "kompetanseheving-mentorer", string text = "Avtal kurs med UiT", string owner = "tromso-sone-1-silje",
        string due = "2023-05-10", string step = "form1", int gathering = 3, string team = Team)
    {
        var data = new ProgressPlanCardData(Network, team, gathering, step).ToJson();
        data[ProgressPlanCardData.TaskInput] = task;
        data[ProgressPlanCardData.TextInput] = text;
        data[ProgressPlanCardData.OwnerInput] = owner;
        data[ProgressPlanCardData.DueInput] = due;
        return data;
    }

    private async Task<IReadOnlyList<ProgressStep>> StepsAsync(string task = "kompetanseheving-mentorer") =>
        (await Progress.GetTeamAsync(Network, Team, CancellationToken.None)).FirstOrDefault(p => p.Value.TaskId == task)?.Value.Steps ?? [];

    [Fact]
    public async Task Open_ShowsEachTaskOfThePeriod_AndTheFormToAddAStep()
    {
        var card = await InvokeAsync(ProgressPlanVerbs.Open, new ProgressPlanCardData(Network, Team, 3).ToJson());
        var text = CardNodes.Text(card);
        Assert.Contains("Fremdriftsplan etter samling 3", text, StringComparison.Ordinal);
        Assert.Contains("Etabler et tilbud om kompetanseheving for mentorer", text, StringComparison.Ordinal);
        Assert.Contains("Lag utkast til mentorprogram", text, StringComparison.Ordinal);
        Assert.Contains("Ikke påbegynt", text, StringComparison.Ordinal);
        Assert.Equal(ProgressPlanVerbs.AddStep, (string?)card["actions"]![0]!["verb"]);
        Assert.Equal("2023-08-31", (string?)CardNodes.Objects(card).Single(o => (string?)o["id"] == ProgressPlanCardData.DueInput)["max"]); // the day before gathering 4
    }

    [Fact]
    public async Task AddStep_SavedWithWhatWhoAndWhen_OnceForTheSameForm_AndTheStateMoves()
    {
        var card = await InvokeAsync(ProgressPlanVerbs.AddStep, Step());
        Assert.Contains("Steget er lagt til.", CardNodes.Text(card), StringComparison.Ordinal);
        Assert.Contains("Avtal kurs med UiT – Silje", CardNodes.Text(card), StringComparison.Ordinal);
        Assert.Contains("Påbegynt: 1 av 2 oppgaver", CardNodes.Text(card), StringComparison.Ordinal);
        var step = Assert.Single(await StepsAsync());
        Assert.Equal(("Avtal kurs med UiT", "tromso-sone-1-silje", new DateOnly(2023, 5, 10), "form1"), (step.Text, step.OwnerMemberId, step.DueDate, step.Id));

        await InvokeAsync(ProgressPlanVerbs.AddStep, Step()); // the same form pressed again (its answer lost): added once
        Assert.Single(await StepsAsync());

        card = await InvokeAsync(ProgressPlanVerbs.AddStep, Step(task: "utkast-mentorprogram", text: "Skriv utkast", step: "form2"), Organizer);
        Assert.Contains("Laget: hver oppgave har et steg", CardNodes.Text(card), StringComparison.Ordinal);
        Assert.Single(await StepsAsync("utkast-mentorprogram"));
    }

    [Fact]
    public async Task AddStep_RefusedFields_AreMarked_TypedKept_NothingSaved()
    {
        var card = await InvokeAsync(ProgressPlanVerbs.AddStep, Step(task: "malinger", text: "  ", owner: "tromso-sone-2-trine", due: "2023-09-01"));
        var text = CardNodes.Text(card);
        Assert.Contains("Steget ble ikke lagt til.", text, StringComparison.Ordinal);
        Assert.Contains("Velg en av oppgavene fra samlingen.", text, StringComparison.Ordinal); // malinger was given at gathering 2
        Assert.Contains("Skriv hva som skal gjøres", text, StringComparison.Ordinal);
        Assert.Contains("Velg hvem på teamet som gjør det.", text, StringComparison.Ordinal);
        Assert.Contains("Velg en dato fra i dag til samling 4.", text, StringComparison.Ordinal);
        Assert.Equal("2023-09-01", (string?)CardNodes.Objects(card).Single(o => (string?)o["id"] == ProgressPlanCardData.DueInput)["value"]);
        Assert.Empty(await Progress.GetTeamAsync(Network, Team, CancellationToken.None));

        card = await InvokeAsync(ProgressPlanVerbs.AddStep, Step(due: "2023-04-27")); // yesterday
        Assert.Contains("Velg en dato fra i dag til samling 4.", CardNodes.Text(card), StringComparison.Ordinal);
        card = await InvokeAsync(ProgressPlanVerbs.AddStep, Step(due: "10.05.2023"));
        Assert.Contains("Velg en dato fra i dag til samling 4.", CardNodes.Text(card), StringComparison.Ordinal);
        Assert.Empty(await Progress.GetTeamAsync(Network, Team, CancellationToken.None));
    }

    [Theory]
    [InlineData("""{ "network": "mentorprogram-nord", "team": "tromso-sone-1", "gathering": 3 }""", Anita)] // another team's member (Hammerfest)
    [InlineData("""{ "network": "mentorprogram-nord", "team": "tromso-sone-1", "gathering": 7 }""", Hanne)] // no period after the last gathering
    [InlineData("""{ "network": "mentorprogram-nord", "team": "tromso-sone-1", "gathering": "tre" }""", Hanne)]
    [InlineData("""{ "network": "mentorprogram-nord", "team": "ukjent", "gathering": 3 }""", Hanne)]
    [InlineData("""{ "network": "ukjent", "team": "tromso-sone-1", "gathering": 3 }""", Hanne)]
    [InlineData("""{ "network": "mentorprogram-nord", "team": { "id": "tromso-sone-1" }, "gathering": 3 }""", Hanne)]
    [InlineData("""{ "network": "mentorprogram-nord", "team": "tromso-sone-1", "gathering": 3, "step": ["x"] }""", Hanne)]
    public async Task ForgedOrForeignCards_AreRefused_NothingSaved(string dataJson, string aad)
    {
        var data = JsonNode.Parse(dataJson)!.AsObject();
        data[ProgressPlanCardData.TaskInput] = "kompetanseheving-mentorer";
        data[ProgressPlanCardData.TextInput] = "Smugle inn et steg";
        data[ProgressPlanCardData.OwnerInput] = "tromso-sone-1-hanne";
        data[ProgressPlanCardData.DueInput] = "2023-05-10";
        var card = await InvokeAsync(ProgressPlanVerbs.AddStep, data, aad);
        Assert.Contains("Bare teamets medlemmer og nettverkets arrangører", CardNodes.Text(card), StringComparison.Ordinal);
        Assert.Empty(await Progress.GetTeamAsync(Network, Team, CancellationToken.None));
    }

    [Fact]
    public async Task ACardFromAnotherTeamsChannel_IsRefused()
    {
        await LinkAsync("tromso-sone-2", TeamsPayloads.ChannelId);
        var card = await InvokeAsync(ProgressPlanVerbs.AddStep, Step(), Organizer); // even an organizer: the card does not belong in this channel
        Assert.Contains("Bare teamets medlemmer", CardNodes.Text(card), StringComparison.Ordinal);
        Assert.Empty(await StepsAsync());
    }

    [Fact]
    public async Task OnceTheNextGatheringHasStarted_ThePlanIsReadOnly()
    {
        await InvokeAsync(ProgressPlanVerbs.AddStep, Step());
        TestClock.SetUtcNow(new DateTimeOffset(2023, 9, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        var card = await InvokeAsync(ProgressPlanVerbs.AddStep, Step(text: "For sent", step: "form9", due: "2023-09-20"));
        Assert.Contains("Samling 4 har begynt, så denne planen kan ikke endres lenger.", CardNodes.Text(card), StringComparison.Ordinal);
        Assert.Null(card["actions"]);
        Assert.Single(await StepsAsync());
    }

    [Fact]
    public async Task Scheduler_AsksEveryTeamTheDayAfter_RemindsOnlyTeamsWithoutAPlan_EachReminderReplacingNone()
    {
        await LinkAsync("tromso-sone-1", "19:sone1@thread.tacv2");
        await LinkAsync("tromso-sone-2", "19:sone2@thread.tacv2");

        var scheduler = Factory.Services.GetRequiredService<PromptScheduler>();
        var store = Factory.Services.GetRequiredService<IDeliveryStore>();
        await scheduler.RunOnceAsync(CancellationToken.None);
        var prompt = (await store.GetWaveAsync(Network, DeliveryKeys.ProgressPlanPrompt(Network, 3, Team), CancellationToken.None))!;
        var listed = Assert.Single(prompt, d => d.Target.Key == DeliveryKeys.TeamChannel(Team));
        var channelPost = (await store.GetAsync(listed.WaveId, listed.Target.Key, CancellationToken.None))!;
        Assert.Contains("Fremdriftsplan etter samling 3", channelPost.ActivityJson, StringComparison.Ordinal);
        Assert.NotNull(await store.GetWaveAsync(Network, DeliveryKeys.ProgressPlanPrompt(Network, 3, "tromso-sone-2"), CancellationToken.None));

        // Sone 1 makes its plan (a step with what, who and when for both tasks); sone 2 does not.
        await InvokeAsync(ProgressPlanVerbs.AddStep, Step());
        await InvokeAsync(ProgressPlanVerbs.AddStep, Step(task: "utkast-mentorprogram", text: "Skriv utkast", step: "form2"));
        TestClock.SetUtcNow(new DateTimeOffset(2023, 5, 8, 9, 0, 0, TimeSpan.FromHours(2))); // Monday, 3 days before the deadline day (Thursday 11 May)
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Null(await store.GetWaveAsync(Network, DeliveryKeys.ProgressPlanReminder(Network, 3, Team, 3), CancellationToken.None));
        var reminderKey = DeliveryKeys.ProgressPlanReminder(Network, 3, "tromso-sone-2", 3);
        var reminder = Assert.Single((await store.GetWaveAsync(Network, reminderKey, CancellationToken.None))!, d => d.Target.Key == DeliveryKeys.TeamChannel("tromso-sone-2"));
        Assert.Contains("Påminnelse: fremdriftsplan etter samling 3",
            CardNodes.Text(JsonNode.Parse((await store.GetAsync(reminderKey, reminder.Target.Key, CancellationToken.None))!.ActivityJson!)), StringComparison.Ordinal);
    }
}
