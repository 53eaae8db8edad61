using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>The measures over the gatherings (<c>/api/tab/admin/networks/{id}/measures</c>): organizers only, from the stored reports, in the asked language.</summary>
[Collection(HostCollection.Name)]
public sealed class MeasureApiTests(AzuriteFixture azurite) : EvaluationTestBase(azurite)
{
    private const string Measures = $"/api/tab/admin/networks/{Network}/measures";

    [Fact]
    public async Task EveryMeasure_PerTeamMunicipalityAndNetwork_WithDirectionAndReference_OrganizersOnly()
    {
        var reports = Factory.Services.GetRequiredService<IStatusReportRepository>();
        await reports.SaveAsync(Network, new StatusReport { TeamId = "tromso-sone-1", Gathering = 2, State = StatusReportState.Submitted, Figures = new MentorFigures(4, 2, 5, 0) },
            null, CancellationToken.None);
        await reports.SaveAsync(Network, new StatusReport { TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Submitted, Figures = new MentorFigures(6, 4, 10, 2) },
            null, CancellationToken.None);
        await reports.SaveAsync(Network, new StatusReport { TeamId = "hammerfest", Gathering = 3, State = StatusReportState.Draft, Figures = new MentorFigures(3, 3, 10, 0) },
            null, CancellationToken.None);

        using var refused = await SendTabAsync(HttpMethod.Get, Measures, TabToken(Hanne));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var response = await SendTabAsync(HttpMethod.Get, Measures + "?locale=en-US", TabToken(Organizer));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(7, body["gatherings"]!.AsArray().Count);
        var turnover = body["measures"]!.AsArray().Single(m => (string?)m!["id"] == "turnover")!;
        Assert.Equal(("ratio", "down", 0.3m, "Turnover among new hires with a mentor", "Nationally about 30 %"),
            ((string?)turnover["kind"], (string?)turnover["direction"], (decimal)turnover["target"]!, (string?)turnover["text"], (string?)turnover["targetLabel"]));
        Assert.Equal([0m, 0.1m], turnover["network"]!.AsArray().Select(p => (decimal)p!["value"]!)); // 0/5, then (2 + 0) / (10 + 10)
        var sone1 = turnover["teams"]!.AsArray().Single(t => (string?)t!["id"] == "tromso-sone-1")!;
        Assert.Equal([(2, 0m), (3, 0.2m)], sone1["points"]!.AsArray().Select(p => ((int)p!["gathering"]!, (decimal)p["value"]!)));
        var tromso = turnover["municipalities"]!.AsArray().Single(m => (string?)m!["id"] == "tromso")!;
        Assert.Equal([0m, 0.2m], tromso["points"]!.AsArray().Select(p => (decimal)p!["value"]!));
        Assert.Empty(body["measures"]!.AsArray().Single(m => (string?)m!["id"] == "hours")!["network"]!.AsArray());
    }
}
