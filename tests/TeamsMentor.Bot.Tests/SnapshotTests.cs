using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Delivery;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Report snapshots through the real host on Azurite: gathering 3's reports are due by the end of 25 April 2023; once
/// that has passed they are frozen (by the scheduler's pass, or before an organizer reopens one), names are resolved
/// when read, and later edits show as changes. Organizers only. The clock starts on 20 April 2023.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SnapshotTests(AzuriteFixture azurite) : EvaluationTestBase(azurite, new DateTimeOffset(2023, 4, 20, 10, 0, 0, TimeSpan.FromHours(2)))
{
    private const string Snapshots = $"/api/tab/admin/networks/{Network}/reports/snapshots";

    private IStatusReportRepository Reports => Factory.Services.GetRequiredService<IStatusReportRepository>();

    private Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string path, string oid) => TabJsonAsync(HttpMethod.Get, path, oid);

    private async Task SubmitAsync(decimal hours) => Assert.Equal(WriteOutcome.Saved, (await Reports.SaveAsync(Network, new StatusReport
    {
        TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Submitted, SubmittedBy = "Hanne Solbakken", SubmittedAt = TestClock.GetUtcNow(),
        LastEditedBy = "Hanne Solbakken", Hours = hours, Figures = new MentorFigures(6, 4, 10, 2),
    }, null, CancellationToken.None)).Outcome);

    [Fact]
    public async Task AfterTheDeadline_TheSchedulerFreezesTheReports_NamesResolvedWhenRead_EditsShowAsChanges()
    {
        await SubmitAsync(12);
        var (early, problem) = await GetAsync(Snapshots + "/3", Organizer);
        Assert.Equal((HttpStatusCode.NotFound, "snapshot.notFound"), (early, (string?)problem!["code"]));

        TestClock.SetUtcNow(new DateTimeOffset(2023, 4, 26, 8, 0, 0, TimeSpan.FromHours(2)));
        await Factory.Services.GetRequiredService<PromptScheduler>().RunOnceAsync(CancellationToken.None);
        var (_, list) = await GetAsync(Snapshots, Organizer);
        Assert.Contains(3, list!["snapshots"]!.AsArray().Select(s => (int)s!["gathering"]!));

        // An edit after the deadline (as after a reopen): the snapshot keeps 12 hours and names the change.
        var stored = (await Reports.GetAsync(Network, "tromso-sone-1", 3, CancellationToken.None))!;
        await Reports.SaveAsync(Network, stored.Value with { Hours = 14, Reopened = true }, stored.Version, CancellationToken.None);
        var (status, snapshot) = await GetAsync(Snapshots + "/3", Organizer);
        Assert.Equal(HttpStatusCode.OK, status);
        var frozen = snapshot!["reports"]!.AsArray().Single(r => (string?)r!["teamId"] == "tromso-sone-1")!;
        Assert.Equal(("Hanne Solbakken", "submitted"), ((string?)frozen["submittedBy"], (string?)frozen["state"]));
        Assert.Equal("12", (string?)frozen["answers"]!.AsArray().Single(a => (string?)a!["item"] == "hours")!["value"]);
        var change = Assert.Single(snapshot["changes"]!.AsArray());
        Assert.Equal(("hours", "12", "14"), ((string?)change!["item"], (string?)change["before"], (string?)change["after"]));

        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(Snapshots + "/3", Hanne)).Status);
    }

    [Fact]
    public async Task ReopeningAfterTheDeadline_FreezesFirst_EvenBeforeTheSchedulerHasPassed()
    {
        await SubmitAsync(12);
        TestClock.SetUtcNow(new DateTimeOffset(2023, 4, 26, 8, 0, 0, TimeSpan.FromHours(2)));
        var card = await InvokeAsync(ReportVerbs.Reopen, new ReportCardData(Network, "tromso-sone-1", 3).ToJson(), Organizer, "Ragnhild Sørvik");
        Assert.Contains("En arrangør har åpnet rapporten for endringer.", Texts(card), StringComparison.Ordinal);
        var snapshot = (await Factory.Services.GetRequiredService<IReportSnapshotRepository>().GetAsync(Network, 3, CancellationToken.None))!;
        var frozen = Assert.Single(snapshot.Reports);
        Assert.False(frozen.Report.Reopened); // as it was at the deadline
        Assert.Equal("tromso-sone-1-hanne", frozen.SubmittedById);
    }
}
