using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Where the status-report prompt goes (the plan's <c>statusPromptTo</c>): the team's channel and each member 1:1, in the
/// chat the app has with them or one it opens through the team (their Teams user id from the roster); reminders only to
/// teams that have not submitted, each with a button to the person's own form; the <c>rapport</c> command in a personal
/// chat and in the channel. The clock starts at 12 April 2023 09:00, when gathering 3's prompts are due.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class StatusPromptReachTests(AzuriteFixture azurite) : EvaluationTestBase(azurite, April12)
{
    private const string Trine = "aad-trine"; // tromso-sone-2
    private static readonly DateTimeOffset April12 = new(2023, 4, 12, 9, 0, 0, TimeSpan.FromHours(2));

    private IDeliveryStore Store => Factory.Services.GetRequiredService<IDeliveryStore>();

    private PromptScheduler Scheduler => Factory.Services.GetRequiredService<PromptScheduler>();

    private async Task SetUpAsync(PromptAudience audience = PromptAudience.Both)
    {
        var plan = (await Networks.GetPlanAsync(Network, CancellationToken.None))!;
        plan = plan with
        {
            Network = plan.Network with { Schedule = plan.Network.Schedule with { StatusPromptTo = audience } },
            Members = [.. plan.Members.Select(m => m.Id switch
            {
                "tromso-sone-1-silje" => m with { TeamsUserId = "29:silje" }, // known from the roster, no chat with the app yet
                "tromso-sone-2-trine" => m with { AadObjectId = Trine },
                _ => m,
            })],
        };
        var current = (await Networks.GetVersionedPlanAsync(Network, CancellationToken.None))!;
        Assert.Equal(WriteOutcome.Saved, (await Networks.ImportAsync(plan, current.Version, ImportMode.Exact, CancellationToken.None)).Outcome);
        await LinkAsync("tromso-sone-1", TeamsPayloads.ChannelId);
        await ChatWithAsync(Hanne);
    }

    private async Task<IReadOnlyDictionary<string, DeliveryOperation>> TargetsAsync(string waveId)
    {
        var targets = new Dictionary<string, DeliveryOperation>(StringComparer.Ordinal);
        foreach (var key in new[] { "team|tromso-sone-1", "team|tromso-sone-2", DeliveryKeys.Person(Hanne), DeliveryKeys.Person(Silje), DeliveryKeys.Person(Trine) })
        {
            if (await Store.GetAsync(waveId, key, CancellationToken.None) is { } item)
            {
                targets[key] = item.Operation;
            }
        }

        return targets;
    }

    [Fact]
    public async Task Prompt_Both_TheChannelAndEveryReachableMember_1to1()
    {
        await SetUpAsync();

        await Scheduler.RunOnceAsync(CancellationToken.None);

        var sone1 = await TargetsAsync(DeliveryKeys.StatusPrompt(Network, 3, "tromso-sone-1"));
        Assert.Equal(new Dictionary<string, DeliveryOperation>
        {
            ["team|tromso-sone-1"] = DeliveryOperation.NewThread,
            [DeliveryKeys.Person(Hanne)] = DeliveryOperation.Post, // the chat the app has with her
            [DeliveryKeys.Person(Silje)] = DeliveryOperation.NewChat, // opened through the team
        }, sone1);
        // Sone 2 has no channel and nobody the app can write to (Trine's Teams user id is not known yet): nothing, until it can be reached.
        Assert.Null(await Store.GetAsync(DeliveryKeys.StatusPrompt(Network, 3, "tromso-sone-2"), "team|tromso-sone-2", CancellationToken.None));
    }

    [Fact]
    public async Task Prompt_MembersOnly_NoChannelThread_AndTheNewChatIsOpenedWithTheTeamsUserId()
    {
        await SetUpAsync(PromptAudience.Members);

        await Scheduler.RunOnceAsync(CancellationToken.None);

        var wave = DeliveryKeys.StatusPrompt(Network, 3, "tromso-sone-1");
        Assert.Equal([DeliveryKeys.Person(Hanne), DeliveryKeys.Person(Silje)], (await TargetsAsync(wave)).Keys.Order(StringComparer.Ordinal));
        Factory.Connector.Fallback = request => request.RequestUri!.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? RecordingHandler.Json(HttpStatusCode.OK, """{"id":"a:chat-silje"}""")
            : RecordingHandler.Json(HttpStatusCode.Created, """{"id":"1700000000777"}""");
        var item = (await Store.GetAsync(wave, DeliveryKeys.Person(Silje), CancellationToken.None))!;

        var result = await Factory.Services.GetRequiredService<DeliverySender>().SendAsync(item, CancellationToken.None);

        Assert.Equal(AttemptOutcome.Sent, result.Outcome);
        var create = Factory.Connector.Requests.Single(r => r.Method == HttpMethod.Post && r.RawPath.EndsWith("/v3/conversations", StringComparison.Ordinal));
        var body = JsonNode.Parse(create.Body!)!;
        Assert.Equal(("29:silje", false, TeamsPayloads.Tenant), ((string?)body["members"]![0]!["id"], (bool)body["isGroup"]!, (string?)body["tenantId"]));
        var post = Factory.Connector.Requests.Single(r => Uri.UnescapeDataString(r.RawPath).EndsWith("/v3/conversations/a:chat-silje/activities", StringComparison.Ordinal));
        Assert.Contains("Statusrapport", post.Body!, StringComparison.Ordinal);
        Assert.Equal(("1700000000777", "a:chat-silje"), (result.ActivityId, result.ThreadId));
    }

    [Fact]
    public async Task Reminder_OnlyToTeamsThatHaveNotSubmitted_1to1Too_ItsButtonOpensThePersonsOwnForm()
    {
        await SetUpAsync();
        await ChatWithAsync(Trine);
        await Scheduler.RunOnceAsync(CancellationToken.None); // the prompts
        await Factory.Services.GetRequiredService<IStatusReportRepository>().SaveAsync(Network,
            new StatusReport { TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Submitted }, null, CancellationToken.None);

        TestClock.Advance(TimeSpan.FromDays(7)); // 19 April: the 7-day reminder
        await Scheduler.RunOnceAsync(CancellationToken.None);

        Assert.Empty(await TargetsAsync(DeliveryKeys.StatusReminder(Network, 3, "tromso-sone-1", 7)));
        var reminder = DeliveryKeys.StatusReminder(Network, 3, "tromso-sone-2", 7);
        Assert.Equal(new Dictionary<string, DeliveryOperation> { [DeliveryKeys.Person(Trine)] = DeliveryOperation.Post }, await TargetsAsync(reminder));
        var card = JsonNode.Parse((await Store.GetAsync(reminder, DeliveryKeys.Person(Trine), CancellationToken.None))!.ActivityJson!)!["attachments"]![0]!["content"]!;
        var button = card["actions"]![0]!;
        Assert.Equal(("Åpne rapporten", ReportVerbs.Open), ((string?)button["title"], (string?)button["verb"]));

        var form = await PersonalInvokeAsync(ReportVerbs.Open, button["data"]!.AsObject(), Trine); // in her chat with the app
        Assert.Contains("Fyll ut", Texts(form), StringComparison.Ordinal); // her own report's sections, where she pressed the button
        Assert.Contains("Tromsø hjemmetjeneste sone 2", Texts(form), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_ReplacesThePreviousOne_DeletedSoTheyDoNotStackUp()
    {
        await SetUpAsync();
        await ChatWithAsync(Trine);
        await Scheduler.RunOnceAsync(CancellationToken.None); // the prompts
        TestClock.Advance(TimeSpan.FromDays(7)); // 19 April: the 7-day reminder
        await Scheduler.RunOnceAsync(CancellationToken.None);
        var first = DeliveryKeys.StatusReminder(Network, 3, "tromso-sone-2", 7);
        var sent = (await Store.GetAsync(first, DeliveryKeys.Person(Trine), CancellationToken.None))!;
        var claimed = (await Store.TryClaimAsync(sent, "test|1", TestClock.GetUtcNow(), TestClock.GetUtcNow().AddMinutes(1), CancellationToken.None))!;
        await Store.RecordAsync(claimed, new DeliveryDecision(DeliveryState.Sent, TestClock.GetUtcNow(), null), AttemptResult.Sent("1700000000707", "a:chat-trine"),
            TestClock.GetUtcNow(), CancellationToken.None); // Teams took it: message 1700000000707 in her chat

        TestClock.Advance(TimeSpan.FromDays(5)); // 24 April: the 2-day reminder
        await Scheduler.RunOnceAsync(CancellationToken.None);

        var second = DeliveryKeys.StatusReminder(Network, 3, "tromso-sone-2", 2);
        Assert.Equal(DeliveryOperation.Post, (await Store.GetAsync(second, DeliveryKeys.Person(Trine), CancellationToken.None))!.Operation);
        var due = await Store.FetchDueAsync(TestClock.GetUtcNow(), 100, CancellationToken.None);
        var deletes = due.Where(d => d.Operation == DeliveryOperation.Delete).ToList();
        Assert.Equal(["team|tromso-sone-1", DeliveryKeys.Person(Hanne), DeliveryKeys.Person(Silje), DeliveryKeys.Person(Trine)],
            deletes.Select(d => d.Target.Key).Order(StringComparer.Ordinal)); // every place the 2-day reminder goes, each team's own first reminder
        var delete = deletes.Single(d => d.Target.Key == DeliveryKeys.Person(Trine));
        Assert.Equal(first, delete.WaveId); // the first reminder, in her chat

        // Sent by the engine (DeliveryEngineTests): DELETE of message 1700000000707 in her chat, found from the first reminder's row.
        var sender = Factory.Services.GetRequiredService<DeliverySender>();
        Factory.Connector.Fallback = _ => RecordingHandler.Json(HttpStatusCode.OK, "{}");
        var result = await sender.SendAsync(delete with { ActivityId = "1700000000707", Target = delete.Target with { ConversationId = "a:chat-trine" } }, CancellationToken.None);
        Assert.Equal(AttemptOutcome.Sent, result.Outcome);
        var request = Assert.Single(Factory.Connector.Requests, r => r.Method == HttpMethod.Delete);
        Assert.EndsWith("/v3/conversations/a:chat-trine/activities/1700000000707", Uri.UnescapeDataString(request.RawPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RapportCommand_InAPersonalChat_TheTeamsReport_OrAChoiceOfTeams_InTheChannel_ThatTeamsReport()
    {
        await SetUpAsync();

        var own = await PersonalCommandAsync("rapport", Hanne);
        Assert.Contains("Tromsø hjemmetjeneste sone 1", Texts(own), StringComparison.Ordinal);
        Assert.Equal(ReportVerbs.Open, (string?)own["actions"]![0]!["verb"]);

        var plan = (await Networks.GetPlanAsync(Network, CancellationToken.None))!;
        var second = new Member { Id = "senja-hanne", TeamId = "senja", Name = "Hanne Solbakken", AadObjectId = Hanne };
        Assert.Equal(WriteOutcome.Saved, await Networks.SaveMemberAsync(Network, second, null, CancellationToken.None));
        var choice = await PersonalCommandAsync("report", Hanne);
        Assert.Equal(["Senja", "Tromsø hjemmetjeneste sone 1"], choice["actions"]!.AsArray().Select(a => (string)a!["title"]!).Order(StringComparer.Ordinal));
        Assert.All(choice["actions"]!.AsArray(), a => Assert.Equal(ReportVerbs.Open, (string?)a!["verb"]));

        var none = await PersonalCommandAsync("rapport", "aad-stranger");
        Assert.Contains("finner ikke teamet ditt", Texts(none), StringComparison.Ordinal);
        Assert.Null(none["actions"]);

        var before = Factory.Connector.Requests.Count;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(TeamsPayloads.ChannelCommand("rapport", Silje, "Silje Rognli"))).StatusCode);
        var channelCard = JsonNode.Parse(Factory.Connector.Requests.Skip(before).Single(r => r.Method == HttpMethod.Post).Body!)!["attachments"]![0]!["content"]!;
        Assert.Contains("Tromsø hjemmetjeneste sone 1", Texts(channelCard), StringComparison.Ordinal);
        Assert.Single(plan.Teams, t => t.Id == "senja");
    }

    private async Task<JsonObject> PersonalInvokeAsync(string verb, JsonObject data, string aad)
    {
        var value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() }, ["trigger"] = "manual" };
        var payload = TeamsPayloads.Invoke("adaptiveCard/action", value.ToJsonString()).Replace("6f0d2c1e-0000-4000-8000-000000000001", aad, StringComparison.Ordinal);
        var response = await PostAsync(payload);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    private async Task<JsonObject> PersonalCommandAsync(string text, string aad)
    {
        var before = Factory.Connector.Requests.Count;
        var payload = TeamsPayloads.PersonalMessage(text).Replace("6f0d2c1e-0000-4000-8000-000000000001", aad, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(payload)).StatusCode);
        var sent = Factory.Connector.Requests.Skip(before).Single(r => r.Method == HttpMethod.Post);
        return JsonNode.Parse(sent.Body!)!["attachments"]![0]!["content"]!.AsObject();
    }
}
