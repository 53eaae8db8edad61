using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.FollowUps;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Domain.Tasks;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The network health view (<c>/api/tab/admin/networks/{id}/health</c>, organizers only) and the weekly digest to the
/// organizers' channel, through the real host on Azurite. The clock stands on Friday 28 April 2023 09:00, the day after
/// gathering 3: Tromsø sone 1 has just added a step and had a follow-up; the other teams have done nothing the app saw
/// since the network started, so they have stalled («ingen aktivitet»).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class HealthTests(AzuriteFixture azurite) : EvaluationTestBase(azurite, new DateTimeOffset(2023, 4, 28, 9, 0, 0, TimeSpan.FromHours(2)))
{
    private const string Health = $"/api/tab/admin/networks/{Network}/health";

    private async Task SeedSone1Async()
    {
        var progress = Factory.Services.GetRequiredService<ITeamProgressRepository>();
        var now = TestClock.GetUtcNow();
        Assert.Equal(WriteOutcome.Saved, await progress.SaveAsync(Network, new TeamTaskProgress
        {
            TeamId = "tromso-sone-1", TaskId = "kompetanseheving-mentorer", State = TaskState.InProgress, UpdatedAt = now,
            Steps = [new ProgressStep("s1", "Avtal kurs", "tromso-sone-1-hanne", new DateOnly(2023, 5, 10), false)],
        }, null, CancellationToken.None));
        var followUps = Factory.Services.GetRequiredService<IFollowUpRepository>();
        await followUps.SaveAsync(Network, new FollowUp
        {
            Id = "f-sone1", TeamId = "tromso-sone-1", Period = 2, Mode = FollowUpMode.Phone, Start = new DateTimeOffset(2023, 2, 1, 10, 0, 0, TimeSpan.FromHours(1)),
            State = FollowUpState.Held, BookedBy = "Ragnhild Sørvik", ChangedAt = now, Notes = "Privat notat",
        }, null, CancellationToken.None);
    }

    [Fact]
    public async Task OrganizersSeeEveryTeam_StalledFirstWithTheReason_MembersAreRefused()
    {
        await SeedSone1Async();
        using var refused = await SendTabAsync(HttpMethod.Get, Health, TabToken(Hanne));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var response = await SendTabAsync(HttpMethod.Get, Health, TabToken(Organizer));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((3, 4, 3), ((int)body["lastGathering"]!, (int)body["nextGathering"]!["number"]!, (int)body["progressPeriod"]!));
        var teams = body["teams"]!.AsArray();
        Assert.Equal(7, teams.Count);
        var sone1 = teams.Single(t => (string?)t!["id"] == "tromso-sone-1")!;
        Assert.False((bool)sone1["stalled"]!);
        Assert.Equal(("draft", "notYet", "Ragnhild Sørvik"), ((string?)sone1["progressPlan"], (string?)sone1["followUp"], (string?)sone1["advisor"]));
        Assert.Equal(TestClock.GetUtcNow(), sone1["lastActivity"]!.GetValue<DateTimeOffset>());

        var dyroy = teams.Single(t => (string?)t!["id"] == "dyroy")!;
        Assert.True((bool)dyroy["stalled"]!);
        Assert.Equal(["noActivity", "tasksOverdue"], dyroy["reasons"]!.AsArray().Select(r => (string?)r));
        Assert.True((int)dyroy["quietDays"]! > 200); // since gathering 1 started, 1 September 2022
        Assert.Contains("Lag lokal prosjektplan", dyroy["overdue"]!.AsArray().Select(x => (string?)x)); // due before gathering 2
        Assert.DoesNotContain("Privat notat", body.ToJsonString(), StringComparison.Ordinal); // the follow-up's notes are not part of it
    }

    [Fact]
    public async Task WeeklyDigest_ToTheOrganizersChannel_MondayOrTheNextWorkingDay_OncePerWeek()
    {
        await SeedSone1Async();
        var networks = Factory.Services.GetRequiredService<INetworkRepository>();
        Assert.Equal(WriteOutcome.Saved, await networks.SetOrganizerChannelAsync(Network,
            new ChannelLink(TeamsPayloads.Tenant, TeamsPayloads.TeamId, "19:arrangorer@thread.tacv2", TeamsPayloads.ServiceUrl, TestClock.GetUtcNow(), "test"), CancellationToken.None));
        var scheduler = Factory.Services.GetRequiredService<PromptScheduler>();
        var store = Factory.Services.GetRequiredService<IDeliveryStore>();
        var week18 = DeliveryKeys.HealthDigest(Network, new DateOnly(2023, 5, 1));
        Assert.Equal("health-digest:mentorprogram-nord:2023-W18", week18);

        // Monday 1 May is a public holiday: the digest waits for Tuesday 08:00.
        TestClock.SetUtcNow(new DateTimeOffset(2023, 5, 1, 10, 0, 0, TimeSpan.FromHours(2)));
        await scheduler.RunOnceAsync(CancellationToken.None);
        Assert.Null(await store.GetWaveAsync(Network, week18, CancellationToken.None));
        TestClock.SetUtcNow(new DateTimeOffset(2023, 5, 2, 8, 0, 0, TimeSpan.FromHours(2)));
        await scheduler.RunOnceAsync(CancellationToken.None);
        await scheduler.RunOnceAsync(CancellationToken.None);
        var listed = Assert.Single((await store.GetWaveAsync(Network, week18, CancellationToken.None))!);
        var delivery = (await store.GetAsync(week18, listed.Target.Key, CancellationToken.None))!;
        Assert.Equal("19:arrangorer@thread.tacv2", delivery.Target.ConversationId);
        var text = Texts(JsonNode.Parse(delivery.ActivityJson!)!["attachments"]![0]!["content"]);
        Assert.Contains("Nettverkets helse, uke 18", text, StringComparison.Ordinal);
        Assert.Contains("6 av 7 team har stoppet opp:", text, StringComparison.Ordinal);
        Assert.Contains("Dyrøy: ingen aktivitet på", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Tromsø hjemmetjeneste sone 1:", text, StringComparison.Ordinal);
    }
}
