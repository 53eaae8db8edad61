using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Domain.Attendance;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Retention on the real host and Azurite with a fake clock: the Nord network ended 30 November 2024, so with the
/// defaults its organizers are warned from 1 November 2025 and its members erased from 1 December 2025 (Oslo time),
/// keeping the figures; the ledger forgets a card's content 30 days after it was sent.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RetentionTests(AzuriteFixture azurite) : EvaluationTestBase(azurite, new DateTimeOffset(2025, 10, 31, 23, 0, 0, TimeSpan.FromHours(1)))
{
    private static readonly DateTimeOffset WarnAt = new(2025, 11, 1, 0, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset PurgeAt = new(2025, 12, 1, 0, 0, 0, TimeSpan.FromHours(1));

    private readonly AzuriteFixture _azurite = azurite;

    private IDeliveryStore Store => Factory.Services.GetRequiredService<IDeliveryStore>();

    private Task<int> ScheduleAsync() => Factory.Services.GetRequiredService<PromptScheduler>().RunOnceAsync(CancellationToken.None);

    private async Task LinkOrganizersAsync() => Assert.Equal(TeamsMentor.Domain.Storage.WriteOutcome.Saved, await Networks.SetOrganizerChannelAsync(Network,
        new ChannelLink(TeamsPayloads.Tenant, TeamsPayloads.TeamId, "19:organizers@thread.tacv2", TeamsPayloads.ServiceUrl, Start, "Ragnhild Sørvik"), CancellationToken.None));

    [Fact]
    public async Task Warning_ThirtyDaysBefore_OnceToTheOrganizers_NotBefore()
    {
        await LinkOrganizersAsync();
        await ChatWithAsync(Organizer);

        await ScheduleAsync();
        var early = await Store.GetWaveAsync(Network, DeliveryKeys.RetentionWarning(Network), CancellationToken.None);
        TestClock.SetUtcNow(WarnAt);
        await ScheduleAsync();
        await ScheduleAsync();

        Assert.Null(early);
        var wave = (await Store.GetWaveAsync(Network, DeliveryKeys.RetentionWarning(Network), CancellationToken.None))!;
        Assert.Equal(["organizers|" + Network, "user|" + Organizer], wave.Select(d => d.Target.Key).Order(StringComparer.Ordinal));
        var card = JsonNode.Parse((await Store.GetAsync(DeliveryKeys.RetentionWarning(Network), "organizers|" + Network, CancellationToken.None))!.ActivityJson!)!;
        var texts = string.Join(" ", card["attachments"]![0]!["content"]!["body"]!.AsArray().Select(e => (string?)e!["text"]));
        Assert.Contains("Personopplysningene i Mentorprogram Nord slettes", texts, StringComparison.Ordinal);
        Assert.Contains("1. desember 2025", texts, StringComparison.Ordinal);
        Assert.Contains("last ned arkivet", texts, StringComparison.Ordinal);
        Assert.Equal(3, (await Networks.GetPlanAsync(Network, CancellationToken.None))!.Members.Count(m => m.AadObjectId is not null)); // nothing erased yet
    }

    [Fact]
    public async Task Purge_AtTheConfiguredTime_ErasesEveryMember_KeepsOrganizersFiguresAndAnswers()
    {
        var attendance = Factory.Services.GetRequiredService<IGatheringAttendanceRepository>();
        await attendance.SaveAsync(Network, new GatheringAttendance(3, ["tromso-sone-1-hanne", "tromso-sone-1-silje", "hammerfest-anita"], Start), CancellationToken.None);
        var reports = Factory.Services.GetRequiredService<IStatusReportRepository>();
        await reports.SaveAsync(Network, new StatusReport { TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Submitted, SubmittedBy = "Hanne Solbakken",
            Figures = new MentorFigures(4, 4, 6, 1), FreeText = "Silje Rognli holdt kurset." }, null, CancellationToken.None);
        await AnswerAsync(Hanne, "tromso", 4);
        await ChatWithAsync(Hanne);
        // An organizer who is on a team too keeps her place (organizers keep the network's archive).
        var jonas = (await Networks.GetMemberAsync(Network, "tromso-sone-1-jonas", CancellationToken.None))!;
        await Networks.SaveMemberAsync(Network, jonas.Value with { AadObjectId = Organizer }, jonas.Version, CancellationToken.None);
        var plan = (await Networks.GetPlanAsync(Network, CancellationToken.None))!;

        TestClock.SetUtcNow(PurgeAt.AddMinutes(-1));
        await ScheduleAsync();
        var before = (await Networks.GetPlanAsync(Network, CancellationToken.None))!.Members.Count;
        TestClock.SetUtcNow(PurgeAt);
        await ScheduleAsync();

        TestClock.SetUtcNow(PurgeAt.AddHours(1));
        await ScheduleAsync(); // nothing left to erase: no second erasure

        Assert.Equal(plan.Members.Count, before);
        var after = (await Networks.GetPlanAsync(Network, CancellationToken.None))!;
        Assert.Equal(["tromso-sone-1-jonas"], after.Members.Select(m => m.Id));
        Assert.Equal(plan.Network.Organizers.Select(o => o.AadObjectId), after.Network.Organizers.Select(o => o.AadObjectId));
        Assert.Equal(plan.Teams.Select(t => t.Id), after.Teams.Select(t => t.Id));
        var came = (await attendance.ListAsync(Network, CancellationToken.None))[3].MemberIds;
        Assert.Equal(3, came.Count); // the turnout stays, under tokens that name no one
        Assert.All(came, id => Assert.StartsWith("~", id, StringComparison.Ordinal));
        var report = (await reports.GetAsync(Network, "tromso-sone-1", 3, CancellationToken.None))!.Value;
        Assert.Equal(("(slettet person)", "(slettet person) holdt kurset.", 4), (report.SubmittedBy, report.FreeText, report.Figures!.Mentors));
        Assert.Single(await Evaluations.ListAnswersAsync(Network, null, CancellationToken.None));
        Assert.Null(await Installations.FindAsync(TeamsPayloads.Tenant, "a:chat-" + Hanne, CancellationToken.None));
        Assert.Empty(await Networks.FindMembershipsAsync(Hanne, CancellationToken.None));

        // No table names any of the members any more.
        var raw = await AllRowsTextAsync();
        foreach (var member in plan.Members.Where(m => m.Id != "tromso-sone-1-jonas"))
        {
            Assert.DoesNotContain('"' + member.Id + '"', raw, StringComparison.Ordinal);
            Assert.DoesNotContain(member.Name, raw, StringComparison.Ordinal);
        }

        foreach (var aad in new[] { Hanne, Silje, Anita })
        {
            Assert.DoesNotContain(aad, raw, StringComparison.OrdinalIgnoreCase);
        }

        var record = Assert.Single(await Factory.Services.GetRequiredService<TeamsMentor.Domain.Privacy.IPersonalDataStore>().ListErasuresAsync(CancellationToken.None));
        Assert.Equal(("retention", Network, "retention"), (record.RequestedBy, record.NetworkId, record.Reason));
    }

    [Fact]
    public async Task Ledger_ForgetsContentAndRecipient_ThirtyDaysAfterSending_KeepsTheStatus()
    {
        var sentAt = new DateTimeOffset(2025, 9, 1, 10, 0, 0, TimeSpan.FromHours(2));
        await Store.EnqueueAsync(new WaveRequest("old-wave:" + Network, Network, "Test", sentAt),
        [
            new DeliveryRequest(new DeliveryTarget("user|" + Hanne, TeamsPayloads.Tenant, TeamsPayloads.ServiceUrl, "a:chat", "Hanne Solbakken"), DeliveryOperation.Post, """{"text":"Hei Hanne"}"""),
            new DeliveryRequest(new DeliveryTarget("user|" + Silje, TeamsPayloads.Tenant, TeamsPayloads.ServiceUrl, "a:chat2", "Silje Nilsen"), DeliveryOperation.Post, """{"text":"Hei Silje"}"""),
        ], CancellationToken.None);
        var table = new TableServiceClient(_azurite.ConnectionString).GetTableClient(Factory.TablePrefix + "Deliveries");
        // Hanne's was given up on 2 September (its content kept, as a failed delivery's may be); Silje's still waits.
        var hanne = (await table.GetEntityAsync<TableEntity>("old-wave:" + Network, "user|" + Hanne)).Value;
        hanne["Pending"] = false;
        hanne["State"] = "Failed";
        hanne["UpdatedAt"] = sentAt.AddDays(1);
        await table.UpdateEntityAsync(hanne, hanne.ETag, TableUpdateMode.Replace);

        await ScheduleAsync();

        var cleared = (await table.GetEntityAsync<TableEntity>("old-wave:" + Network, "user|" + Hanne)).Value;
        Assert.Equal(("", "", "Failed"), (cleared.GetString("Payload0"), cleared.GetString("Recipient"), cleared.GetString("State")));
        var waiting = (await table.GetEntityAsync<TableEntity>("old-wave:" + Network, "user|" + Silje)).Value;
        Assert.Equal(("""{"text":"Hei Silje"}""", "Silje Nilsen"), (waiting.GetString("Payload0"), waiting.GetString("Recipient")));
    }

    private async Task<string> AllRowsTextAsync() =>
        string.Join("\n", (await TableScan.AllRowsAsync(_azurite.ConnectionString, Factory.TablePrefix)).Select(r => r.Key + " " + r.Value));
}
