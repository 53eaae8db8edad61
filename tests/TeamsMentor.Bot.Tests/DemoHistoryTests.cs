using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Tasks;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The demo's history on Azurite (Development, the Nord plan, the demo clock two weeks before the last gathering): a
/// report from every team for gatherings 2-6 ending at the final report's figures, task progress with progress-plan
/// steps, evaluations whose motivation stays high, and the real open-screen dates with turnout that grows; a restart
/// adds nothing and changes nothing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DemoHistoryTests(AzuriteFixture azurite)
{
    private const string Network = NordDemo.Network;
    private const string Organizer = NordDemo.Organizer;
    private readonly string _prefix = AzuriteFixture.UniquePrefix();

    private BotHostFactory Start() => new(azurite.ConnectionString, "Development", NordDemo.Settings("2024-10-16T09:00:00+02:00", _prefix));

    private static async Task<JsonNode> GetAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-TeamsMentor-Dev-User", Organizer);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    [Fact]
    public void AfterTheLastGathering_EveryTeamsLastReportHoldsItsSluttrapport_AsTheFormWouldTakeIt()
    {
        var plan = TeamsMentor.Domain.Plans.NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"))).Plan!;
        var reports = TeamsMentor.Bot.Demo.DemoReportHistory.Reports(plan, new DateTimeOffset(2024, 11, 15, 9, 0, 0, TimeSpan.FromHours(1)));
        var last = reports.Where(r => r.Gathering == 7).ToList();
        Assert.Equal(plan.Teams.Count, last.Count);
        var final = TeamsMentor.Domain.Reports.StatusReportRules.Asked(plan, 7).Where(i => i.FinalOnly).Select(i => i.Id).ToList();
        Assert.Equal(5, final.Count);
        Assert.All(last, r => Assert.All(final, id => Assert.False(string.IsNullOrWhiteSpace(r.Values.GetValueOrDefault(id)), $"{r.TeamId} has no {id}")));
        Assert.All(last, r => Assert.DoesNotContain(TeamsMentor.Domain.Reports.StatusReportRules.Validate(r, TeamsMentor.Domain.Reports.StatusReportRules.Asked(plan, 7),
            [.. TeamsMentor.Domain.Reports.StatusReportRules.TasksToAnswer(plan, 7).Select(x => x.Id)], submitting: true), i => final.Contains(i.Field)));
        Assert.True(last.Select(r => r.Values["finalGoals"]).Distinct().Count() > 1); // not one text for all
        Assert.DoesNotContain(reports.Where(r => r.Gathering < 7), r => r.Values.ContainsKey("finalGoals"));
    }

    [Fact]
    public async Task TwoYearsOfWork_ReportsFiguresTasksEvaluationsAndOpenScreen_ARestartChangesNothing()
    {
        IReadOnlyList<StatusReport> first;
        using (var factory = Start())
        {
            using var client = factory.CreateClient(); // the seeders run as the host starts
            var reports = factory.Services.GetRequiredService<IStatusReportRepository>();
            first = await reports.ListAsync(Network, CancellationToken.None);

            // Every team reported before gatherings 2-6, but Dyrøy's first report never got past a draft; none for gathering 7 yet.
            Assert.Equal(7 * 5, first.Count);
            Assert.Equal(StatusReportState.Draft, first.Single(r => r.TeamId == "dyroy" && r.Gathering == 2).State);
            Assert.DoesNotContain(first, r => r.Gathering is 1 or 7);
            Assert.Equal(7 * 5 - 1, first.Count(r => r.State == StatusReportState.Submitted));
            Assert.True(first.Select(r => r.SubGoals).Distinct().Count() >= 20, "the sub-goals read like different teams wrote them");
            Assert.Single(first, r => r.Reopened);

            var matrix = await GetAsync(client, $"/api/tab/admin/networks/{Network}/reports");
            var cells = matrix["teams"]!.AsArray().SelectMany(t => t!["cells"]!.AsArray().Select(c => (Team: (string)t["id"]!, Cell: c!))).ToList();
            var dyroy = cells.Single(x => x.Team == "dyroy" && (int)x.Cell["gathering"]! == 2).Cell;
            Assert.Equal(("missing", true), ((string?)dyroy["state"], (bool)dyroy["hasDraft"]!));
            Assert.InRange(cells.Count(x => (bool?)x.Cell["late"] == true), 3, 10); // a few came late
            Assert.All(cells.Where(x => (int)x.Cell["gathering"]! == 7), x => Assert.Equal("open", (string?)x.Cell["state"]));

            // The figures table: each municipality's latest reports carry the Nord final report's figures.
            var figures = matrix["figures"]!["municipalities"]!.AsArray().ToDictionary(m => (string)m!["municipalityId"]!,
                m => ((int)m!["mentors"]!, (int)m["mentorsTrained"]!, (int)m["newHiresWithMentor"]!, (int)m["newHiresWithMentorQuit"]!));
            Assert.Equal((45, 45, 64, 9), figures["tromso"]);
            Assert.Equal((5, 5, 2, 0), figures["senja"]);
            Assert.Equal((19, 19, 8, 0), figures["hammerfest"]);
            Assert.Equal((4, 4, 7, 1), figures["dyroy"]);
            // ... and grew to them: Tromsø sone 1's mentors over gatherings 3-6.
            Assert.Equal([4, 7, 10, 12], first.Where(r => r.TeamId == "tromso-sone-1" && r.Figures is not null).OrderBy(r => r.Gathering).Select(r => r.Figures!.Mentors));
            Assert.Equal(ReportItems.Figures, first.Single(r => r.TeamId == "dyroy" && r.Gathering == 3).NotKnown); // no mentors yet at the first count

            // Task progress: earlier tasks done; those handed out at gathering 6 under way with a progress plan.
            var progress = await factory.Services.GetRequiredService<ITeamProgressRepository>().GetTeamAsync(Network, "senja", CancellationToken.None);
            Assert.Equal(TaskState.Done, progress.Single(p => p.Value.TaskId == "kick-off").Value.State);
            var spreading = progress.Single(p => p.Value.TaskId == "start-spredning").Value;
            Assert.Equal(3, spreading.Steps.Count);
            Assert.Contains(spreading.Steps, s => s.Done);
            Assert.Contains(spreading.Steps, s => !s.Done);

            // Evaluations 1-6: motivation high throughout, with small ups and downs.
            var evaluations = await GetAsync(client, $"/api/tab/admin/networks/{Network}/evaluations");
            var trend = evaluations["trends"]!.AsArray().Single(t => (string?)t!["itemId"] == "motivasjon")!["network"]!.AsArray()
                .Where(p => p!["mean"] is not null).Select(p => (decimal)p!["mean"]!).ToList();
            Assert.Equal(6, trend.Count);
            Assert.All(trend, mean => Assert.InRange(mean, 4.0m, 5.0m));
            Assert.True(trend.Max() - trend.Min() < 0.6m, string.Join(", ", trend));

            // Open screen on the report's dates (02.03.24, a Saturday, read as Monday 4 March), turnout growing.
            var sessions = (await GetAsync(client, $"/api/tab/admin/networks/{Network}/openScreen"))["sessions"]!.AsArray()
                .OrderBy(s => DateTimeOffset.Parse((string)s!["start"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(["2023-03-02", "2024-02-07", "2024-03-04", "2024-09-13"], sessions.Select(s => ((string)s!["start"]!)[..10]));
            var came = sessions.Select(s => (int)s!["attendance"]!["count"]!).ToList();
            Assert.Equal(came.Order(), came); // it picked up through the period
            Assert.True(came.Last() >= 2 * came.First(), string.Join(", ", came));

            // Attendance at gatherings 1-5, every municipality there each time; gathering 6 is left for the organizer to record.
            var attendance = await GetAsync(client, $"/api/tab/admin/networks/{Network}/attendance");
            var recorded = attendance["gatherings"]!.AsArray().Where(g => (bool)g!["turnout"]!["recorded"]!).ToList();
            Assert.Equal([1, 2, 3, 4, 5], recorded.Select(g => (int)g!["number"]!));
            Assert.All(recorded, g => Assert.All(g!["turnout"]!["municipalities"]!.AsArray(), m => Assert.True((int)m!["present"]! > 0)));
            Assert.All(recorded, g => Assert.InRange((int)g!["turnout"]!["present"]! * 100 / (int)g["turnout"]!["members"]!, 60, 100));
        }

        using (var again = Start())
        {
            using var client = again.CreateClient();
            var after = await again.Services.GetRequiredService<IStatusReportRepository>().ListAsync(Network, CancellationToken.None);
            Assert.Equal(first.OrderBy(r => (r.TeamId, r.Gathering)), after.OrderBy(r => (r.TeamId, r.Gathering))); // nothing added, nothing changed
            Assert.Equal(5, (await again.Services.GetRequiredService<TeamsMentor.Domain.Attendance.IGatheringAttendanceRepository>().ListAsync(Network, CancellationToken.None)).Count);
        }
    }
}
