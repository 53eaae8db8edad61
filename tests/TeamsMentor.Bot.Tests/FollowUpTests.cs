using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.FollowUps;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Follow-ups (veiledning) through the real host with Graph configured (played by <see cref="FakeGraph"/>): the
/// workspace's API (organizers only: book, log, change; every refusal saves nothing), the contact person's answer on the
/// invite card (forged payloads refused), Min plan's next follow-up without the notes, and the advisor's reminder. The
/// clock stands on Friday 28 April 2023 09:00, the day after gathering 3: the period runs to gathering 4 on 1 September.
/// Hanne Solbakken is Tromsø sone 1's contact person; Ragnhild Sørvik (the organizer signed in) its advisor.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class FollowUpTests(AzuriteFixture azurite)
    : EvaluationTestBase(azurite, new DateTimeOffset(2023, 4, 28, 9, 0, 0, TimeSpan.FromHours(2)), OpenScreenActionTests.GraphSettings)
{
    private const string FollowUps = $"/api/tab/admin/networks/{Network}/followUps";
    private const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";

    private IFollowUpRepository Repository => Factory.Services.GetRequiredService<IFollowUpRepository>();

    private static string Booking(string mode = "link", string start = "2023-05-10T10:00", string? joinUrl = JoinUrl, string team = "tromso-sone-1", string? id = null,
        int minutes = 45, string? notes = "Spør om budsjett-4711") =>
        new JsonObject { ["id"] = id, ["teamId"] = team, ["mode"] = mode, ["start"] = start, ["durationMinutes"] = minutes, ["joinUrl"] = joinUrl, ["notes"] = notes }.ToJsonString();

    private static IEnumerable<string> Codes(JsonNode? problem) => problem!["errors"]!.AsArray().Select(e => (string)e!["code"]!);

    [Fact]
    public async Task Overview_ThePeriods_EachTeamsAdvisorAndContact_OrganizersOnly()
    {
        var (status, body) = await TabJsonAsync(HttpMethod.Get, FollowUps, Organizer);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(3, (int)body!["currentPeriod"]!);
        Assert.Equal([1, 2, 3, 4, 5, 6], body["periods"]!.AsArray().Select(p => (int)p!["gathering"]!));
        var sone1 = body["teams"]!.AsArray().Single(t => (string?)t!["id"] == "tromso-sone-1")!;
        Assert.Equal(("Ragnhild Sørvik", "Hanne Solbakken"), ((string?)sone1["advisor"], (string?)sone1["contact"]));
        Assert.True((bool)body["meetingsConfigured"]!);

        Assert.Equal(HttpStatusCode.Forbidden, (await TabJsonAsync(HttpMethod.Get, FollowUps, Hanne)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await TabJsonAsync(HttpMethod.Post, FollowUps, Hanne, Booking())).Status);
        Assert.Empty(await Repository.ListAsync(Network, CancellationToken.None));
    }

    [Fact]
    public async Task BookByLink_InvitesTheContactPerson_OnceForTheSameId_MinPlanShowsItWithoutTheNotes()
    {
        await ChatWithAsync(Hanne);
        await LinkAsync("tromso-sone-1", TeamsPayloads.ChannelId); // the network's tenant, where the app finds her chat
        var id = "0123456789abcdef0123";
        var (status, body) = await TabJsonAsync(HttpMethod.Post, FollowUps, Organizer, Booking(id: id));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True((bool)body!["invited"]!);
        var followUp = body["followUp"]!;
        Assert.Equal(("booked", 3, "org-ragnhild"), ((string?)followUp["state"], (int)followUp["period"]!, (string?)followUp["advisorId"]));
        Assert.Equal(new DateTimeOffset(2023, 5, 10, 10, 0, 0, TimeSpan.FromHours(2)), followUp["start"]!.GetValue<DateTimeOffset>());

        var (again, _) = await TabJsonAsync(HttpMethod.Post, FollowUps, Organizer, Booking(id: id));
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Single(await Repository.ListAsync(Network, CancellationToken.None));

        var store = Factory.Services.GetRequiredService<IDeliveryStore>();
        var wave = DeliveryKeys.FollowUpInvite(Network, id, 1);
        var invite = (await store.GetAsync(wave, DeliveryKeys.Person(Hanne), CancellationToken.None))!;
        var card = JsonNode.Parse(invite.ActivityJson!)!["attachments"]![0]!["content"]!;
        Assert.Contains("Veiledning med Ragnhild Sørvik", Texts(card), StringComparison.Ordinal);
        Assert.Contains("onsdag 10. mai 2023 kl. 10:00–10:45", Texts(card), StringComparison.Ordinal);
        Assert.DoesNotContain("budsjett-4711", invite.ActivityJson!, StringComparison.Ordinal); // the notes are the organizers'

        using var planResponse = await SendTabAsync(HttpMethod.Get, $"/api/tab/networks/{Network}/teams/tromso-sone-1/plan", TabToken(Hanne));
        var plan = JsonNode.Parse(await planResponse.Content.ReadAsStringAsync())!;
        Assert.Equal(("link", "Ragnhild Sørvik", JoinUrl), ((string?)plan["followUp"]!["mode"], (string?)plan["followUp"]!["advisor"], (string?)plan["followUp"]!["joinUrl"]));
        Assert.DoesNotContain("budsjett-4711", plan.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamsMeeting_CreatedInTheOrganizersMailbox_WithTheAdvisorAndTheContactPerson()
    {
        var (status, body) = await TabJsonAsync(HttpMethod.Post, FollowUps, Organizer, Booking(mode: "teams", joinUrl: null));
        Assert.Equal(HttpStatusCode.Created, status);
        var request = Assert.Single(Factory.Graph.Requests, r => r.Method == HttpMethod.Post && r.Path.EndsWith("/events", StringComparison.Ordinal));
        var attendees = request.Body!["attendees"]!.AsArray().Select(a => (string?)a!["emailAddress"]!["address"]).ToList();
        Assert.Contains("ragnhild.sorvik@example.com", attendees);
        Assert.Contains(NordPlan().Members.Single(m => m.Id == "tromso-sone-1-hanne").Email, attendees);
        Assert.StartsWith("https://teams.microsoft.com/", (string?)body!["followUp"]!["joinUrl"], StringComparison.Ordinal);

        Factory.Graph.Refuse = true;
        var (refused, problem) = await TabJsonAsync(HttpMethod.Post, FollowUps, Organizer, Booking(mode: "teams", joinUrl: null, team: "senja"));
        Assert.Equal((HttpStatusCode.Conflict, "followUp.graphRefused"), (refused, (string?)problem!["code"]));
        Assert.Single(await Repository.ListAsync(Network, CancellationToken.None));
    }

    [Theory]
    [InlineData("link", "2023-04-27T12:00", JoinUrl, 45, "followUp.notInAPeriod")] // during gathering 3
    [InlineData("link", "2023-09-01T10:00", JoinUrl, 45, "followUp.notInAPeriod")] // gathering 4 has started
    [InlineData("link", "2023-04-28T08:00", JoinUrl, 45, "followUp.mustBeAhead")]
    [InlineData("phone", "2023-05-02T10:00", null, 30, "followUp.mustBePast")]
    [InlineData("link", "2023-05-10T10:00", "https://evil.example.com/meeting", 45, "followUp.joinUrl")]
    [InlineData("link", "2023-05-10T10:00", null, 45, "followUp.joinUrl")]
    [InlineData("link", "2023-05-10T10:00", JoinUrl, 5, "followUp.duration")]
    [InlineData("video", "2023-05-10T10:00", JoinUrl, 45, null)] // not a mode: the body does not bind (400, no field to name)
    [InlineData("link", "10.05.2023 10:00", JoinUrl, 45, "followUp.notInAPeriod")]
    public async Task Booking_Refused_WithTheReason_NothingSaved(string mode, string start, string? joinUrl, int minutes, string? code)
    {
        var (status, problem) = await TabJsonAsync(HttpMethod.Post, FollowUps, Organizer, Booking(mode, start, joinUrl, minutes: minutes));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        if (code is not null)
        {
            Assert.True(problem!["errors"] is JsonArray && Codes(problem).Contains(code), problem.ToJsonString());
        }

        Assert.Empty(await Repository.ListAsync(Network, CancellationToken.None));
    }

    [Fact]
    public async Task APhoneCall_IsLoggedAsHeld_AndCountsForThePeriod()
    {
        TestClock.SetUtcNow(new DateTimeOffset(2023, 5, 5, 12, 0, 0, TimeSpan.FromHours(2)));
        var (status, body) = await TabJsonAsync(HttpMethod.Post, FollowUps, Organizer, Booking("phone", "2023-05-05T10:00", null, minutes: 20));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(("held", true), ((string?)body!["followUp"]!["state"], (bool)body["followUp"]!["held"]!));
        Assert.False((bool)body["invited"]!); // nothing to answer
    }

    [Fact]
    public async Task Change_NeedsTheVersion_Notes_HeldOnlyAfterItsTime_Cancel()
    {
        var (_, booked) = await TabJsonAsync(HttpMethod.Post, FollowUps, Organizer, Booking());
        var id = (string)booked!["followUp"]!["id"]!;
        var version = (string)booked["followUp"]!["version"]!;
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await TabJsonAsync(HttpMethod.Put, $"{FollowUps}/{id}", Organizer, """{"action":"notes","notes":"x"}""")).Status);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await TabJsonAsync(HttpMethod.Put, $"{FollowUps}/{id}", Organizer, """{"action":"notes","notes":"x"}""", "W/\"old\"")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await TabJsonAsync(HttpMethod.Put, $"{FollowUps}/ukjent", Organizer, """{"action":"held"}""", version)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await TabJsonAsync(HttpMethod.Put, $"{FollowUps}/{id}", Hanne, """{"action":"cancel"}""", version)).Status);

        var (early, problem) = await TabJsonAsync(HttpMethod.Put, $"{FollowUps}/{id}", Organizer, """{"action":"held"}""", version);
        Assert.Equal(HttpStatusCode.BadRequest, early);
        Assert.Contains("followUp.notYetHeld", Codes(problem));

        var (saved, notes) = await TabJsonAsync(HttpMethod.Put, $"{FollowUps}/{id}", Organizer, """{"action":"notes","notes":"Hanne vil ha hjelp med kurset"}""", version);
        Assert.Equal(HttpStatusCode.OK, saved);
        Assert.Equal("Hanne vil ha hjelp med kurset", (string?)notes!["followUp"]!["notes"]);
        var (cancelled, after) = await TabJsonAsync(HttpMethod.Put, $"{FollowUps}/{id}", Organizer, """{"action":"cancel"}""", (string)notes["followUp"]!["version"]!);
        Assert.Equal((HttpStatusCode.OK, "cancelled"), (cancelled, (string?)after!["followUp"]!["state"]));
        Assert.Equal(FollowUpState.Cancelled, (await Repository.GetAsync(Network, id, CancellationToken.None))!.Value.State);
    }

    [Fact]
    public async Task TheContactPerson_Accepts_OrProposesAnotherTime_OthersAndForgedCardsAreRefused()
    {
        var (_, booked) = await TabJsonAsync(HttpMethod.Post, FollowUps, Organizer, Booking());
        var id = (string)booked!["followUp"]!["id"]!;
        var data = new FollowUpCardData(Network, id, 1).ToJson();

        var refused = await InvokeAsync(FollowUpVerbs.Accept, data, Silje, "Silje"); // on the team, not its contact person
        Assert.Contains("Bare teamets kontaktperson", Texts(refused), StringComparison.Ordinal);
        refused = await InvokeAsync(FollowUpVerbs.Accept, data, Organizer, "Ragnhild Sørvik"); // not even the advisor answers for her
        Assert.Contains("Bare teamets kontaktperson", Texts(refused), StringComparison.Ordinal);
        foreach (var forged in new[] { new JsonObject { ["network"] = Network, ["followUp"] = "ukjent", ["revision"] = 1 },
                     new JsonObject { ["network"] = "ukjent", ["followUp"] = id, ["revision"] = 1 }, new JsonObject { ["network"] = Network, ["followUp"] = id } })
        {
            Assert.Contains("Bare teamets kontaktperson", Texts(await InvokeAsync(FollowUpVerbs.Accept, forged, Hanne)), StringComparison.Ordinal);
        }

        Assert.Equal(FollowUpState.Booked, (await Repository.GetAsync(Network, id, CancellationToken.None))!.Value.State);

        var stale = await InvokeAsync(FollowUpVerbs.Accept, new FollowUpCardData(Network, id, 7).ToJson(), Hanne);
        Assert.Contains("Tidspunktet er endret", Texts(stale), StringComparison.Ordinal);

        var propose = data.DeepClone().AsObject();
        propose[FollowUpCardData.DateInput] = "2023-09-02"; // after gathering 4 has started
        propose[FollowUpCardData.TimeInput] = "10:00";
        Assert.Contains("Velg en dato og et klokkeslett fram i tid, før samling 4.", Texts(await InvokeAsync(FollowUpVerbs.Propose, propose, Hanne)), StringComparison.Ordinal);
        propose[FollowUpCardData.DateInput] = "2023-05-12";
        propose[FollowUpCardData.TimeInput] = "13:30";
        var proposed = await InvokeAsync(FollowUpVerbs.Propose, propose, Hanne);
        Assert.Contains("Du har foreslått fredag 12. mai 2023 kl. 13:30.", Texts(proposed), StringComparison.Ordinal);
        var stored = (await Repository.GetAsync(Network, id, CancellationToken.None))!.Value;
        Assert.Equal((FollowUpState.NewTimeProposed, new DateTimeOffset(2023, 5, 12, 13, 30, 0, TimeSpan.FromHours(2))), (stored.State, stored.ProposedStart!.Value));

        var accepted = await InvokeAsync(FollowUpVerbs.Accept, data, Hanne);
        Assert.Contains("Du har sagt at tidspunktet passer.", Texts(accepted), StringComparison.Ordinal);
        Assert.Equal(FollowUpState.Accepted, (await Repository.GetAsync(Network, id, CancellationToken.None))!.Value.State);
    }

    [Fact]
    public async Task Reminder_ToTheAdvisor_ThreeWeeksAfter_InWorkingTime_OnlyForTeamsWithNothingBooked()
    {
        await TabJsonAsync(HttpMethod.Post, FollowUps, Organizer, Booking());
        await ChatWithAsync(Organizer);
        await LinkAsync("tromso-sone-1", TeamsPayloads.ChannelId);
        var scheduler = Factory.Services.GetRequiredService<PromptScheduler>();
        var store = Factory.Services.GetRequiredService<IDeliveryStore>();
        // 21 days after 27 April is Thursday 18 May, Ascension Day, and the day before is 17 May: moved to Tuesday 16 May at 09:00.
        TestClock.SetUtcNow(new DateTimeOffset(2023, 5, 16, 8, 59, 0, TimeSpan.FromHours(2)));
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Null(await store.GetWaveAsync(Network, DeliveryKeys.FollowUpReminder(Network, 3, "tromso-sone-2"), CancellationToken.None));

        TestClock.SetUtcNow(new DateTimeOffset(2023, 5, 16, 9, 0, 0, TimeSpan.FromHours(2)));
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Null(await store.GetWaveAsync(Network, DeliveryKeys.FollowUpReminder(Network, 3, "tromso-sone-1"), CancellationToken.None)); // booked
        var toRagnhild = (await store.GetAsync(DeliveryKeys.FollowUpReminder(Network, 3, "tromso-sone-2"), DeliveryKeys.Person(Organizer), CancellationToken.None))!;
        Assert.Contains("Ingen veiledning avtalt med Tromsø hjemmetjeneste sone 2 ennå", Texts(JsonNode.Parse(toRagnhild.ActivityJson!)), StringComparison.Ordinal);
        // Torstein (advisor of sone 3) has no chat with the app and the organizers' channel is not linked: his waits.
        Assert.Null(await store.GetWaveAsync(Network, DeliveryKeys.FollowUpReminder(Network, 3, "tromso-sone-3"), CancellationToken.None));
    }
}
