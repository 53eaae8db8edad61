using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Starting a network in the workspace (<c>POST /api/tab/admin/networks/new</c>): from a template the organizer runs
/// (moved to the new start by whole weeks, without people) or empty; who may; and every refusal stores nothing.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class NewNetworkApiTests : HostTestBase
{
    private const string Organizer = "aad-organizer-new-1";
    private const string Nurse = "aad-nurse-new-1";
    private const string Admin = "aad-platform-admin-new";
    private const string Path = "/api/tab/admin/networks/new";

    private readonly NetworkPlan _nord;

    public NewNetworkApiTests(AzuriteFixture azurite)
        : base(azurite, settings: new Dictionary<string, string?> { ["Tab:Administrators:0"] = Admin })
    {
        _nord = NordPlan.With(Organizer, ("tromso-sone-1-hanne", Nurse));
        Networks.ImportAsync(_nord, CancellationToken.None).GetAwaiter().GetResult();
    }

    private INetworkRepository Networks => Factory.Services.GetRequiredService<INetworkRepository>();

    private static string Body(string id, string name, string start, string? template = null, bool withTeams = false) =>
        new JsonObject { ["id"] = id, ["name"] = name, ["start"] = start, ["template"] = template, ["withTeams"] = withTeams }.ToJsonString();

    private async Task<JsonNode> StartAsync(string oid, string body, HttpStatusCode expected)
    {
        var response = await SendTabAsync(HttpMethod.Post, Path, TabToken(oid), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    [Fact]
    public async Task Organizer_FromTemplate_SameRhythmOnTheNewDates_NoPeopleNoTeams()
    {
        await StartAsync(Organizer, Body("mentorprogram-sor", "Mentorprogram Sør", "2025-09-01", template: "mentorprogram-nord"), HttpStatusCode.OK);

        var plan = (await Networks.GetPlanAsync("mentorprogram-sor", CancellationToken.None))!;
        var zone = plan.Network.Zone;
        Assert.Equal(("Mentorprogram Sør", new DateOnly(2025, 9, 1)), (plan.Network.Name, plan.Network.Start));
        Assert.Equal(_nord.Network.End.DayNumber - _nord.Network.Start.DayNumber, plan.Network.End.DayNumber - plan.Network.Start.DayNumber);
        Assert.Null(plan.Network.Description);
        var organizer = Assert.Single(plan.Network.Organizers);
        Assert.Equal((_nord.Network.Organizers[0].Id, Organizer), (organizer.Id, organizer.AadObjectId)); // as the template lists her
        Assert.Empty(plan.Members);
        Assert.Empty(plan.Teams);
        Assert.Empty(plan.Network.Municipalities);

        Assert.Equal(_nord.Gatherings.Count, plan.Gatherings.Count);
        var shift = NetworkClock.LocalDate(plan.Gatherings[0].Start, zone).DayNumber - NetworkClock.LocalDate(_nord.Gatherings[0].Start, zone).DayNumber;
        Assert.Equal(0, shift % 7);
        Assert.InRange(shift, new DateOnly(2025, 9, 1).DayNumber - _nord.Network.Start.DayNumber - 3, new DateOnly(2025, 9, 1).DayNumber - _nord.Network.Start.DayNumber + 3);
        foreach (var (before, after) in _nord.Gatherings.Zip(plan.Gatherings))
        {
            var (b, a) = (NetworkClock.ToLocal(before.Start, zone), NetworkClock.ToLocal(after.Start, zone));
            Assert.Equal((before.Theme, before.Mode, before.Place, b.DayOfWeek, b.TimeOfDay), (after.Theme, after.Mode, after.Place, a.DayOfWeek, a.TimeOfDay)); // across summer time too
            Assert.Equal(shift, DateOnly.FromDateTime(a).DayNumber - DateOnly.FromDateTime(b).DayNumber);
            Assert.Equal(NetworkClock.ToLocal(before.End, zone).TimeOfDay, NetworkClock.ToLocal(after.End, zone).TimeOfDay);
        }

        Assert.Equal(_nord.Tasks.Select(t => (t.Id, t.GivenAt, t.DueBefore)), plan.Tasks.Select(t => (t.Id, t.GivenAt, t.DueBefore)));
        Assert.Equal(_nord.EvaluationItems.Select(i => i.Id), plan.EvaluationItems.Select(i => i.Id));
        Assert.Equal(_nord.ReportItems.Select(i => i.Id), plan.ReportItems.Select(i => i.Id));
        Assert.Equal(_nord.Network.Phases.Select(p => p.Start.AddDays(shift)), plan.Network.Phases.Select(p => p.Start));

        var listed = await SendTabAsync(HttpMethod.Get, "/api/tab/admin/networks", TabToken(Organizer));
        Assert.Contains("mentorprogram-sor", await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(_nord.Members.Count, (await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!.Members.Count); // the template is untouched
    }

    [Fact]
    public async Task Organizer_FromTemplateWithTeams_TeamsWithoutMembers_WarnedInCodes()
    {
        var saved = await StartAsync(Organizer, Body("nord-2", "Mentorprogram Nord 2", "2024-11-04", "mentorprogram-nord", withTeams: true), HttpStatusCode.OK);

        var plan = (await Networks.GetPlanAsync("nord-2", CancellationToken.None))!;
        Assert.Equal(_nord.Teams.Select(t => (t.Id, t.MunicipalityId, t.Name)), plan.Teams.Select(t => (t.Id, t.MunicipalityId, t.Name)));
        Assert.All(plan.Teams, t => Assert.Null(t.ContactPersonId));
        Assert.Empty(plan.Members);
        Assert.Equal(_nord.Network.Municipalities, plan.Network.Municipalities);
        var warnings = saved["warnings"]!.AsArray();
        Assert.Equal(plan.Teams.Count, warnings.Count(w => (string?)w!["code"] == PlanIssueCodes.TeamNoMembers));
    }

    [Fact]
    public async Task EmptyPlan_ByAnAdministratorOrAnyOrganizer_TwoYearsNoGatherings()
    {
        await StartAsync(Admin, Body("tom", "Nytt nettverk", "2026-01-05"), HttpStatusCode.OK);
        var plan = (await Networks.GetPlanAsync("tom", CancellationToken.None))!;
        Assert.Equal((new DateOnly(2026, 1, 5), new DateOnly(2028, 1, 4)), (plan.Network.Start, plan.Network.End));
        Assert.Empty(plan.Gatherings);
        Assert.Equal(Admin, Assert.Single(plan.Network.Organizers).AadObjectId);
        Assert.NotEmpty(plan.ReportItems); // the default questions

        await StartAsync(Organizer, Body("tom-2", "Enda et", "2026-01-05"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task NotAnOrganizer_Refused_NothingStored()
    {
        Assert.Equal("network.startNotAllowed", (string?)(await StartAsync(Nurse, Body("mitt", "Mitt nettverk", "2026-01-05"), HttpStatusCode.Forbidden))["code"]);
        Assert.Equal("network.startNotAllowed", (string?)(await StartAsync(Nurse, Body("mitt", "Mitt nettverk", "2026-01-05", "mentorprogram-nord"), HttpStatusCode.Forbidden))["code"]);
        Assert.Null(await Networks.GetPlanAsync("mitt", CancellationToken.None));
    }

    [Fact]
    public async Task BadInput_EveryFieldNamed_TakenIdAndUnknownTemplate_NothingStored()
    {
        var invalid = await StartAsync(Organizer, """{"id":"Mentor Sør","name":" ","start":"1. september"}""", HttpStatusCode.BadRequest);
        Assert.Equal(
            [("$.name", PlanIssueCodes.NameRequired), ("$.id", PlanIssueCodes.InvalidId), ("$.start", PlanIssueCodes.NotADate)],
            invalid["errors"]!.AsArray().Select(e => ((string)e!["path"]!, (string)e["code"]!)));

        var taken = await StartAsync(Organizer, Body("mentorprogram-nord", "Nord igjen", "2026-01-05"), HttpStatusCode.Conflict);
        Assert.Equal(("network.idTaken", "mentorprogram-nord"), ((string?)taken["code"], (string?)taken["args"]!["id"]));
        Assert.Equal("network.notFound", (string?)(await StartAsync(Organizer, Body("ny", "Ny", "2026-01-05", "finnes-ikke"), HttpStatusCode.NotFound))["code"]);
        Assert.Equal("request.unreadable", (string?)(await StartAsync(Organizer, "{ nope", HttpStatusCode.BadRequest))["code"]);
        Assert.Equal(PlanIssueCodes.YearOutOfRange, (string?)(await StartAsync(Organizer, Body("ny", "Ny", "2099-01-01"), HttpStatusCode.BadRequest))["errors"]![0]!["code"]);

        Assert.Equal(["mentorprogram-nord"], (await Networks.ListAsync(CancellationToken.None)).Select(n => n.Id));
        Assert.Equal(_nord.Gatherings.Count, (await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!.Gatherings.Count);
    }
}
