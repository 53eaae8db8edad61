using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The organizer admin API: the authorization matrix (no token, forged, expired, wrong audience, foreign tenant,
/// non-organizer, organizer, administrator), validation with JSON paths, and ETag-guarded edits.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AdminApiTests : HostTestBase
{
    private const string Tenant = "3b1a2c4d-0000-4000-8000-00000000a001";
    private const string Organizer = "aad-organizer-1";
    private const string Nurse = "aad-nurse-1";
    private const string Admin = "aad-platform-admin";

    public AdminApiTests(AzuriteFixture azurite)
        : base(azurite, settings: new Dictionary<string, string?> { ["Tab:Administrators:0"] = Admin, ["Bot:AllowedTenants:0"] = Tenant })
    {
        var plan = Plan("mentorprogram-nord.json");
        plan = plan with { Network = plan.Network with { Organizers = [plan.Network.Organizers[0] with { AadObjectId = Organizer }, .. plan.Network.Organizers.Skip(1)] } };
        Factory.Services.GetRequiredService<INetworkRepository>().ImportAsync(plan, CancellationToken.None).GetAwaiter().GetResult();
    }

    private INetworkRepository Networks => Factory.Services.GetRequiredService<INetworkRepository>();

    private static NetworkPlan Plan(string file) => NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", file))).Plan!;

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? body = null, string? ifMatch = null) =>
        SendTabAsync(method, path, token, body, ifMatch is null ? null : ("If-Match", ifMatch));

    private async Task<(string Json, string ETag)> ExportAsync(string oid = Organizer)
    {
        var response = await SendAsync(HttpMethod.Get, "/api/tab/admin/networks/mentorprogram-nord/plan", TabToken(oid));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.ETag!.ToString());
    }

    [Theory]
    [InlineData("GET", "/api/tab/admin/networks")]
    [InlineData("POST", "/api/tab/admin/networks")]
    [InlineData("GET", "/api/tab/admin/networks/mentorprogram-nord/plan")]
    [InlineData("PUT", "/api/tab/admin/networks/mentorprogram-nord/gatherings/8")]
    [InlineData("DELETE", "/api/tab/admin/networks/mentorprogram-nord/tasks/malinger")]
    [InlineData("PUT", "/api/tab/admin/networks/mentorprogram-nord/members/x")]
    [InlineData("GET", "/api/tab/admin/deliveries")]
    [InlineData("GET", "/api/tab/admin/deliveries/mentorprogram-nord/status:mentorprogram-nord:1:bodo")]
    public async Task EveryEndpoint_NoToken_401(string method, string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(new HttpMethod(method), path, null, "{}")).StatusCode);
    }

    [Fact]
    public async Task Export_ForgedExpiredWrongAudienceForeignTenantOrBotToken_401()
    {
        const string path = "/api/tab/admin/networks/mentorprogram-nord/plan";
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, path, TabToken(Organizer, forged: true))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, path, TabToken(Organizer, expires: DateTime.UtcNow.AddHours(-1)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, path, TabToken(Organizer, audience: "someone-else"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, path, TabToken(Organizer, tenant: "99999999-0000-4000-8000-00000000beef"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, path, Factory.Issuer.CreateToken(TeamsPayloads.ServiceUrl))).StatusCode);
    }

    [Fact]
    public async Task NonOrganizer_SeesNothingAndIsForbidden()
    {
        var list = await SendAsync(HttpMethod.Get, "/api/tab/admin/networks", TabToken(Nurse));
        Assert.Equal("[]", await list.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/tab/admin/networks/mentorprogram-nord/plan", TabToken(Nurse))).StatusCode);
        var (_, etag) = await ExportAsync();
        var put = await SendAsync(HttpMethod.Put, "/api/tab/admin/networks/mentorprogram-nord/tasks/ny-oppgave", TabToken(Nurse), """{"title":"x","givenAt":1}""", etag);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        var import = await SendAsync(HttpMethod.Post, "/api/tab/admin/networks", TabToken(Nurse), File.ReadAllText(Path.Combine(RepoPaths.Root, "plans", "viken-ostfold.json")));
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.DoesNotContain(await Networks.ListAsync(CancellationToken.None), n => n.Id == "viken-ostfold");
    }

    [Fact]
    public async Task Organizer_ListsAndExportsTheirNetwork()
    {
        var list = JsonNode.Parse(await (await SendAsync(HttpMethod.Get, "/api/tab/admin/networks", TabToken(Organizer))).Content.ReadAsStringAsync())!.AsArray();
        Assert.Equal("mentorprogram-nord", (string?)Assert.Single(list)!["id"]);

        var (json, etag) = await ExportAsync();
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.True(NetworkPlanDocument.Read(Encoding.UTF8.GetBytes(json)).IsValid);
    }

    [Fact]
    public async Task Organizer_AddsGathering_WithIfMatch_ThenStaleETagRefused()
    {
        var (_, etag) = await ExportAsync();
        const string gathering = """{"theme":"Oppfølging etter nettverket","start":"2025-03-05T10:00","end":"2025-03-05T14:00","mode":"digital"}""";

        var added = await SendAsync(HttpMethod.Put, "/api/tab/admin/networks/mentorprogram-nord/gatherings/8", TabToken(Organizer), gathering, etag);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(8, (await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!.Gatherings.Count);

        var stale = await SendAsync(HttpMethod.Put, "/api/tab/admin/networks/mentorprogram-nord/gatherings/8", TabToken(Organizer), gathering.Replace("Oppfølging", "Endret", StringComparison.Ordinal), etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.StartsWith("Oppfølging", (await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!.Gatherings[7].Theme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_WithoutIfMatch_428()
    {
        var response = await SendAsync(HttpMethod.Delete, "/api/tab/admin/networks/mentorprogram-nord/tasks/malinger", TabToken(Organizer));
        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task Edit_DatesOutOfOrder_400WithPathAndNothingStored()
    {
        var (_, etag) = await ExportAsync();
        var response = await SendAsync(HttpMethod.Put, "/api/tab/admin/networks/mentorprogram-nord/gatherings/3", TabToken(Organizer),
            """{"theme":"Flyttet","start":"2023-04-27T11:00","end":"2023-04-26T13:00","mode":"physical","place":"Tromsø"}""", etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var error = Assert.Single(problem["errors"]!.AsArray(), e => (string?)e!["path"] == "$.gatherings[2].end")!;
        Assert.Equal(("gathering.endsBeforeStart", 3), ((string?)error["code"], (int?)error["args"]!["number"])); // the tab says it in the user's language
        Assert.NotEqual("Flyttet", (await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!.Gatherings[2].Theme);
    }

    [Fact]
    public async Task Organizer_ChangesMemberRolesAndMovesNobodyElse()
    {
        var plan = (await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!;
        var member = plan.MembersOf("dyroy").First();
        var (_, etag) = await ExportAsync();

        var response = await SendAsync(HttpMethod.Put, $"/api/tab/admin/networks/mentorprogram-nord/members/{member.Id}", TabToken(Organizer),
            $$"""{"team":"dyroy","name":"{{member.Name}}","roles":["leader","unionRep"]}""", etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = (await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!;
        Assert.Equal(TeamRoles.Leader | TeamRoles.UnionRep, after.Members.Single(m => m.Id == member.Id).Roles);
        Assert.Equal(plan.Members.Count, after.Members.Count);
        var saved = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.DoesNotContain(saved["warnings"]!.AsArray(), w => ((string?)w!["message"])!.Contains("Dyrøy has no union", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SavedPlan_WarningsCarryACodeAndValues_ForTheTabToSayInTheUsersLanguage()
    {
        var (_, etag) = await ExportAsync();
        var response = await SendAsync(HttpMethod.Put, "/api/tab/admin/networks/mentorprogram-nord/gatherings/3", TabToken(Organizer),
            """{"theme":"Erfaringsutveksling","start":"2023-04-26T11:00","end":"2023-04-27T13:00","mode":"physical","place":"Tromsø"}""", etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var warnings = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["warnings"]!.AsArray();
        var dyroy = Assert.Single(warnings, w => (string?)w!["code"] == Domain.Networks.PlanIssueCodes.TeamNoUnionRepresentative)!;
        Assert.Equal("Dyrøy", (string?)dyroy["args"]!["team"]);
    }

    [Fact]
    public async Task Organizer_DeletesATask_OthersKept()
    {
        var (_, etag) = await ExportAsync();
        var response = await SendAsync(HttpMethod.Delete, "/api/tab/admin/networks/mentorprogram-nord/tasks/soknad-tilskudd", TabToken(Organizer), ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tasks = (await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!.Tasks;
        Assert.DoesNotContain(tasks, t => t.Id == "soknad-tilskudd");
        Assert.Equal(Plan("mentorprogram-nord.json").Tasks.Count - 1, tasks.Count);
    }

    [Fact]
    public async Task Organizer_RemovingThemselves_RefusedToAvoidLockOut()
    {
        var (json, etag) = await ExportAsync();
        var doc = JsonNode.Parse(json)!.AsObject();
        doc["organizers"]!.AsArray().RemoveAt(0);

        var response = await SendAsync(HttpMethod.Post, "/api/tab/admin/networks", TabToken(Organizer), doc.ToJsonString(), etag);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(await Networks.FindMembershipsAsync(Organizer, CancellationToken.None), m => m.IsOrganizer);
    }

    [Fact]
    public async Task Administrator_ImportsNewNetwork_InvalidOneRefusedWithEveryError()
    {
        var viken = File.ReadAllText(Path.Combine(RepoPaths.Root, "plans", "viken-ostfold.json"));
        var doc = JsonNode.Parse(viken)!.AsObject();
        doc["organizers"]!.AsArray().Add(new JsonObject { ["id"] = "plattform", ["name"] = "Plattform Admin", ["aadObjectId"] = Admin });
        var broken = JsonNode.Parse(doc.ToJsonString())!.AsObject();
        broken["gatherings"]![0]!["number"] = 5;
        broken["teams"]![0]!["municipality"] = "oslo";

        var refused = await SendAsync(HttpMethod.Post, "/api/tab/admin/networks", TabToken(Admin), broken.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!.AsArray().Select(e => (string?)e!["path"]).ToList();
        Assert.Contains("$.gatherings[0].number", errors);
        Assert.Contains("$.teams[0].municipality", errors);
        Assert.DoesNotContain(await Networks.ListAsync(CancellationToken.None), n => n.Id == "viken-ostfold");

        var created = await SendAsync(HttpMethod.Post, "/api/tab/admin/networks", TabToken(Admin), doc.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(9, (await Networks.GetPlanAsync("viken-ostfold", CancellationToken.None))!.Gatherings.Count);
    }

    [Fact]
    public async Task Import_NotJson_400WithLine()
    {
        var response = await SendAsync(HttpMethod.Post, "/api/tab/admin/networks", TabToken(Admin), "{ nope");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organizer_AddsMunicipalityThenTeamInIt_DeletingItWhileUsedRefused()
    {
        var (_, etag) = await ExportAsync();
        var municipality = await SendAsync(HttpMethod.Put, "/api/tab/admin/networks/mentorprogram-nord/municipalities/alta", TabToken(Organizer), """{"name":"Alta"}""", etag);
        Assert.Equal(HttpStatusCode.OK, municipality.StatusCode);

        var team = await SendAsync(HttpMethod.Put, "/api/tab/admin/networks/mentorprogram-nord/teams/alta", TabToken(Organizer),
            """{"municipality":"alta","name":"Alta hjemmetjeneste"}""", municipality.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, team.StatusCode);

        var delete = await SendAsync(HttpMethod.Delete, "/api/tab/admin/networks/mentorprogram-nord/municipalities/alta", TabToken(Organizer), ifMatch: team.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Contains("$.teams[7].municipality", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains((await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!.Network.Municipalities, m => m.Id == "alta");
    }

    [Fact]
    public async Task Reimport_WithoutIfMatch428_WithStaleETag412_AndNothingLost()
    {
        var (json, etag) = await ExportAsync();
        Assert.Equal((HttpStatusCode)428, (await SendAsync(HttpMethod.Post, "/api/tab/admin/networks", TabToken(Organizer), json)).StatusCode);

        var added = await SendAsync(HttpMethod.Put, "/api/tab/admin/networks/mentorprogram-nord/tasks/ny-oppgave", TabToken(Organizer), """{"title":"Ny oppgave","givenAt":1}""", etag);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        var stale = await SendAsync(HttpMethod.Post, "/api/tab/admin/networks", TabToken(Organizer), json, etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Contains((await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!.Tasks, t => t.Id == "ny-oppgave");
    }

    [Fact]
    public async Task DeleteMember_WhoJoinedInTeams_StaysDeletedAndLosesAccess()
    {
        var joined = new Member { Id = "senja-nora", TeamId = "senja", Name = "Nora Ny", AadObjectId = Nurse, JoinedViaTeams = true };
        await Networks.SaveMemberAsync("mentorprogram-nord", joined, null, CancellationToken.None);
        var (_, etag) = await ExportAsync();

        var response = await SendAsync(HttpMethod.Delete, "/api/tab/admin/networks/mentorprogram-nord/members/senja-nora", TabToken(Organizer), ifMatch: etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain((await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!.Members, m => m.Id == "senja-nora");
        Assert.Empty(await Networks.FindMembershipsAsync(Nurse, CancellationToken.None));
    }

    [Fact]
    public async Task MoveMember_KeepsTheirTeamsIdentity()
    {
        var plan = (await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!;
        var contact = plan.Teams.Single(t => t.Id == "dyroy").ContactPersonId;
        var person = plan.MembersOf("dyroy").First(m => m.Id != contact); // moving the contact person is refused (tested by the rules)
        var read = (await Networks.GetMemberAsync("mentorprogram-nord", person.Id, CancellationToken.None))!;
        await Networks.SaveMemberAsync("mentorprogram-nord", read.Value with { AadObjectId = "aad-mover" }, read.Version, CancellationToken.None);
        var (_, etag) = await ExportAsync();

        var response = await SendAsync(HttpMethod.Put, $"/api/tab/admin/networks/mentorprogram-nord/members/{person.Id}", TabToken(Organizer),
            $$"""{"team":"senja","name":"{{person.Name}}","roles":["mentor"]}""", etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var moved = (await Networks.GetPlanAsync("mentorprogram-nord", CancellationToken.None))!.Members.Single(m => m.Id == person.Id);
        Assert.Equal(("senja", "aad-mover"), (moved.TeamId, moved.AadObjectId));
        Assert.Contains(await Networks.FindMembershipsAsync("aad-mover", CancellationToken.None), m => m.TeamId == "senja");
    }

    [Theory]
    [InlineData("""{"title":"x","title":"y","givenAt":1}""", "twice")]
    [InlineData("""{"title":"x","givenAt":1,"dueAt":"0001-01-01T00:10"}""", "outside the years")]
    [InlineData("""[1,2]""", "JSON object")]
    public async Task Edit_BadBody_400WithReasonNot500(string body, string reason)
    {
        var (_, etag) = await ExportAsync();
        var response = await SendAsync(HttpMethod.Put, "/api/tab/admin/networks/mentorprogram-nord/tasks/ny", TabToken(Organizer), body, etag);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_OrganizerSeesLedger_OthersGet403()
    {
        var store = Factory.Services.GetRequiredService<TeamsMentor.Domain.Delivery.IDeliveryStore>();
        var target = new TeamsMentor.Domain.Delivery.DeliveryTarget("team|bodo", Tenant, "https://smba.trafficmanager.net/emea/", "19:bodo@thread.tacv2", "Bodø");
        await store.EnqueueAsync(new("status:mentorprogram-nord:2:bodo", "mentorprogram-nord", "StatusPrompt", DateTimeOffset.UtcNow, 2, "Bodø"),
            [new(target, TeamsMentor.Domain.Delivery.DeliveryOperation.NewThread, "{}")], CancellationToken.None);

        var list = await SendAsync(HttpMethod.Get, "/api/tab/admin/deliveries?network=mentorprogram-nord", TabToken(Organizer));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var wave = Assert.Single(JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray())!;
        Assert.Equal("status:mentorprogram-nord:2:bodo", (string?)wave["waveId"]);
        Assert.Equal(1, (int)wave["queued"]!);
        var rows = await SendAsync(HttpMethod.Get, "/api/tab/admin/deliveries/mentorprogram-nord/status:mentorprogram-nord:2:bodo", TabToken(Organizer));
        var row = Assert.Single(JsonNode.Parse(await rows.Content.ReadAsStringAsync())!.AsArray())!;
        Assert.Equal("Queued", (string?)row["state"]);
        Assert.Equal("Bodø", (string?)row["recipient"]);

        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/tab/admin/deliveries?network=mentorprogram-nord", TabToken(Nurse))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/tab/admin/deliveries/mentorprogram-nord/status:mentorprogram-nord:2:bodo", TabToken(Nurse))).StatusCode);
        Assert.Equal("[]", await (await SendAsync(HttpMethod.Get, "/api/tab/admin/deliveries", TabToken(Nurse))).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/api/tab/admin/deliveries/mentorprogram-nord/nope", TabToken(Organizer))).StatusCode);
    }
}
