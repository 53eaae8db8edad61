using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The personal tab's API in the real host with Entra-style tokens: who am I, a team's plan (only the own team; the
/// organizers every team), and progress edits guarded by version (a concurrent edit gets 412 with the current state).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MyPlanApiTests : HostTestBase
{
    private const string Tenant = "3b1a2c4d-0000-4000-8000-00000000a001";
    private const string Hanne = "aad-hanne"; // tromso-sone-1
    private const string Trine = "aad-trine"; // tromso-sone-2
    private const string Organizer = "aad-ragnhild";
    private const string Plan = "/api/tab/networks/mentorprogram-nord/teams/tromso-sone-1/plan";
    private const string Task = "/api/tab/networks/mentorprogram-nord/teams/tromso-sone-1/tasks/malinger";
    private static readonly DateTimeOffset Now = new(2023, 4, 12, 9, 0, 0, TimeSpan.FromHours(2));

    public MyPlanApiTests(AzuriteFixture azurite)
        : base(azurite, settings: new Dictionary<string, string?> { ["Bot:AllowedTenants:0"] = Tenant }, clock: new Demo.ShiftedTimeProvider(Now, TimeProvider.System))
    {
        var plan = NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"))).Plan!;
        plan = plan with
        {
            Network = plan.Network with { Organizers = [plan.Network.Organizers[0] with { AadObjectId = Organizer }, .. plan.Network.Organizers.Skip(1)] },
            Members = [.. plan.Members.Select(m => m.Id switch
            {
                "tromso-sone-1-hanne" => m with { AadObjectId = Hanne },
                "tromso-sone-2-trine" => m with { AadObjectId = Trine },
                _ => m,
            })],
        };
        Factory.Services.GetRequiredService<INetworkRepository>().ImportAsync(plan, CancellationToken.None).GetAwaiter().GetResult();
    }

    private async Task<JsonNode> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    [Fact]
    public async Task Me_Member_SeesOwnTeamOnly_Organizer_SeesNetwork()
    {
        var me = await JsonAsync(await SendTabAsync(HttpMethod.Get, "/api/tab/me", TabToken(Hanne)), HttpStatusCode.OK);
        Assert.Equal("Hanne Solbakken", (string?)me["name"]);
        var team = Assert.Single(me["teams"]!.AsArray());
        Assert.Equal("tromso-sone-1", (string?)team!["teamId"]);
        Assert.Equal("Tromsø", (string?)team["municipality"]);
        Assert.Empty(me["organizes"]!.AsArray());

        var organizer = await JsonAsync(await SendTabAsync(HttpMethod.Get, "/api/tab/me", TabToken(Organizer)), HttpStatusCode.OK);
        Assert.Empty(organizer["teams"]!.AsArray());
        Assert.Equal("mentorprogram-nord", (string?)organizer["organizes"]![0]!["networkId"]);
    }

    [Fact]
    public async Task Plan_Member_NextGatheringDeadlineAndTasksGivenSoFar()
    {
        var plan = await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK);

        Assert.Equal(3, (int)plan["nextGathering"]!["number"]!);
        Assert.Equal("physical", (string?)plan["nextGathering"]!["mode"]);
        Assert.Equal("notStarted", (string?)plan["statusReport"]!["state"]);
        Assert.Equal("Europe/Oslo", (string?)plan["timeZone"]);
        var groups = plan["groups"]!.AsArray();
        Assert.Equal([2, 1], groups.Select(g => (int)g!["givenAt"]!)); // gatherings 1 and 2 have been; 3's tasks are not out yet
        Assert.Contains(groups[0]!["tasks"]!.AsArray(), t => (string?)t!["id"] == "malinger" && (string?)t["state"] == "notStarted" && t["version"] is null);
        Assert.Equal(8, plan["members"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(Trine, HttpStatusCode.Forbidden)] // another team's member
    [InlineData("aad-stranger", HttpStatusCode.Forbidden)]
    [InlineData(Organizer, HttpStatusCode.OK)]
    public async Task Plan_Authorization(string oid, HttpStatusCode expected)
    {
        Assert.Equal(expected, (await SendTabAsync(HttpMethod.Get, Plan, TabToken(oid))).StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var put = await SendTabAsync(HttpMethod.Put, Task, TabToken(oid), """{"state":"done","steps":[]}""", ("If-None-Match", "*"));
            Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        }
    }

    [Fact]
    public async Task Plan_NoForgedOrExpiredToken_401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendTabAsync(HttpMethod.Get, Plan, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne, forged: true))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne, expires: DateTime.UtcNow.AddMinutes(-10)))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendTabAsync(HttpMethod.Get, "/api/tab/me", TabToken(Hanne, forged: true))).StatusCode);
    }

    [Fact]
    public async Task SaveTask_StateAndSteps_StoredAndReadBack_ConcurrentEditGets412WithCurrent()
    {
        var body = """{"state":"inProgress","ownerMemberId":"tromso-sone-1-silje","steps":[{"id":"s1","text":"Hent tall fra HR","ownerMemberId":"tromso-sone-1-hanne","dueDate":"2023-04-20","done":false}]}""";
        var saved = await JsonAsync(await SendTabAsync(HttpMethod.Put, Task, TabToken(Hanne), body, ("If-None-Match", "*")), HttpStatusCode.OK);
        var version = (string)saved["version"]!;
        Assert.Equal("inProgress", (string?)saved["state"]);

        var plan = await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK);
        var task = plan["groups"]![0]!["tasks"]!.AsArray().Single(t => (string?)t!["id"] == "malinger")!;
        Assert.Equal("tromso-sone-1-silje", (string?)task["ownerMemberId"]);
        Assert.Equal("Hent tall fra HR", (string?)task["steps"]![0]!["text"]);
        Assert.Equal("2023-04-20", (string?)task["steps"]![0]!["dueDate"]);

        // The organizer saves on top of that version; Hanne, still at the old one, is refused and shown the current state.
        Assert.Equal(HttpStatusCode.OK, (await SendTabAsync(HttpMethod.Put, Task, TabToken(Organizer), """{"state":"done","steps":[]}""", ("If-Match", version))).StatusCode);
        var conflict = await JsonAsync(await SendTabAsync(HttpMethod.Put, Task, TabToken(Hanne), body, ("If-Match", version)), HttpStatusCode.PreconditionFailed);
        Assert.Equal("done", (string?)conflict["current"]!["state"]);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendTabAsync(HttpMethod.Put, Task, TabToken(Hanne), body, ("If-None-Match", "*"))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendTabAsync(HttpMethod.Put, Task, TabToken(Hanne), body, ("If-Match", "not-an-etag"))).StatusCode);
    }

    /// <summary>12 April 2023: the team plans toward gathering 3; the plan was due 14 days after gathering 2 (25 November 2022).</summary>
    [Fact]
    public async Task ProgressPlan_MissingUntilEveryTaskHasAStepWithWhoAndWhen_OrganizersSeeEveryTeam()
    {
        var before = await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK);
        Assert.Equal((2, 3, "missing"), ((int)before["progressPlan"]!["gathering"]!, (int)before["progressPlan"]!["nextGathering"]!, (string?)before["progressPlan"]!["state"]));

        foreach (var task in new[] { "malinger", "rekrutter-mentorer", "soknad-tilskudd" })
        {
            var body = $$"""{"state":"inProgress","steps":[{"id":"s1","text":"Avtal møte med lederen","ownerMemberId":"tromso-sone-1-hanne","dueDate":"2023-04-20","done":false}]}""";
            Assert.Equal(HttpStatusCode.OK, (await SendTabAsync(HttpMethod.Put, Task.Replace("malinger", task, StringComparison.Ordinal), TabToken(Hanne), body, ("If-None-Match", "*"))).StatusCode);
        }

        var after = await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK);
        Assert.Equal("made", (string?)after["progressPlan"]!["state"]);

        const string overview = "/api/tab/admin/networks/mentorprogram-nord/progressPlans";
        Assert.Equal(HttpStatusCode.Forbidden, (await SendTabAsync(HttpMethod.Get, overview, TabToken(Hanne))).StatusCode);
        var all = await JsonAsync(await SendTabAsync(HttpMethod.Get, overview, TabToken(Organizer)), HttpStatusCode.OK);
        var teams = all["teams"]!.AsArray();
        var sone1 = teams.Single(x => (string?)x!["id"] == "tromso-sone-1")!["plans"]!.AsArray().Single(p => (int)p!["gathering"]! == 2)!;
        Assert.Equal("made", (string?)sone1["state"]);
        Assert.Equal("Hanne Solbakken", (string?)sone1["tasks"]![0]!["steps"]![0]!["owner"]);
        var sone2 = teams.Single(x => (string?)x!["id"] == "tromso-sone-2")!["plans"]!.AsArray();
        Assert.Equal(["missing", "missing", "notDue", "notDue", "notDue", "notDue"], sone2.Select(p => (string?)p!["state"]));
    }

    [Fact]
    public async Task SaveTask_BadInput_400WithPaths_NothingStored()
    {
        var response = await SendTabAsync(HttpMethod.Put, Task, TabToken(Hanne),
            """{"state":"done","ownerMemberId":"tromso-sone-2-trine","steps":[{"id":"a","text":" "},{"id":"a","text":"ok","ownerMemberId":"nobody"}]}""", ("If-None-Match", "*"));
        var problem = await JsonAsync(response, HttpStatusCode.BadRequest);
        var paths = problem["errors"]!.AsArray().Select(e => (string?)e!["path"]).ToList();
        Assert.Equal(["ownerMemberId", "steps[0].text", "steps[1].ownerMemberId", "steps[1].id"], paths);
        Assert.Equal(["task.notAMember", "task.stepTextRequired", "task.notAMember", "task.stepIdTaken"], problem["errors"]!.AsArray().Select(e => (string?)e!["code"]));
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await SendTabAsync(HttpMethod.Put, Task, TabToken(Hanne), """{"state":"done"}""")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendTabAsync(HttpMethod.Put, Task.Replace("malinger", "nope", StringComparison.Ordinal), TabToken(Hanne), """{"state":"done"}""", ("If-None-Match", "*"))).StatusCode);

        var plan = await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK);
        Assert.All(plan["groups"]!.AsArray().SelectMany(g => g!["tasks"]!.AsArray()), t => Assert.Null(t!["version"]));
    }

    [Fact]
    public async Task Plan_StatusReportState_FromTheStoredReportForTheNextGathering()
    {
        var reports = Factory.Services.GetRequiredService<IStatusReportRepository>();
        await reports.SaveAsync("mentorprogram-nord", new StatusReport { TeamId = "tromso-sone-1", Gathering = 2, State = StatusReportState.Submitted }, null, CancellationToken.None);
        var plan = await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK);
        Assert.Equal("notStarted", (string?)plan["statusReport"]!["state"]); // gathering 2's report is not gathering 3's

        await reports.SaveAsync("mentorprogram-nord", new StatusReport { TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Draft }, null, CancellationToken.None);
        plan = await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK);
        Assert.Equal("draft", (string?)plan["statusReport"]!["state"]);
    }

    /// <summary>The tab's read-only view of the report: section by section, done or what is missing, with the answers as saved.</summary>
    [Fact]
    public async Task Plan_StatusReport_SectionBySection_DoneOrMissing_WithTheAnswers()
    {
        var reports = Factory.Services.GetRequiredService<IStatusReportRepository>();
        await reports.SaveAsync("mentorprogram-nord", new StatusReport
        {
            TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Draft, SubGoals = "Mentor til alle", Hours = 7.5m,
            NotKnown = [.. ReportItems.Figures],
            Tasks = [new TaskResult("malinger", TaskOutcome.Partly, "HR teller") { Links = ["https://nord.sharepoint.com/plan.docx"] }],
        }, null, CancellationToken.None);

        var sections = (await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK))["statusReport"]!["sections"]!.AsArray();

        Assert.Equal(["tasks", "goals", "hours", "figures", "other"], sections.Select(s => (string)s!["section"]!));
        Assert.Equal([false, false, true, true, true], sections.Select(s => (bool)s!["done"]!)); // a task unanswered; measures and achievement missing
        var goals = sections[1]!;
        Assert.Equal(["Tiltak", "Måloppnåelse (1 = i liten grad, 5 = i svært stor grad)"], goals["missing"]!.AsArray().Select(m => (string)m!["nb"]!));
        Assert.Equal(("Delmål", "Mentor til alle"), ((string?)goals["answers"]![0]!["label"]!["nb"], (string?)goals["answers"]![0]!["value"]));
        var task = sections[0]!["answers"]![0]!;
        Assert.Equal(("partly", "HR teller", "https://nord.sharepoint.com/plan.docx"), ((string?)task["outcome"], (string?)task["comment"], (string?)task["link"]));
        Assert.Equal("7.5", (string?)sections[2]!["answers"]![0]!["value"]);
    }

    [Fact]
    public async Task Plan_StatusReport_WhoSavedIt_AndALinkToTheCardOnceItIsInTheChannel()
    {
        var plan = await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK);
        Assert.Equal((false, null, null), ((bool)plan["statusReport"]!["hasChannel"]!, (string?)plan["statusReport"]!["cardUrl"], (string?)plan["statusReport"]!["cardPostsAt"]));

        var networks = Factory.Services.GetRequiredService<INetworkRepository>();
        var team = (await networks.GetTeamAsync("mentorprogram-nord", "tromso-sone-1", CancellationToken.None))!;
        await networks.SetChannelAsync("mentorprogram-nord", "tromso-sone-1",
            new ChannelLink(Tenant, "19:team@thread.tacv2", "19:sone1@thread.tacv2", "https://smba.trafficmanager.net/emea/", Now, "test"), team.Version, CancellationToken.None);
        plan = await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK);
        Assert.True((bool)plan["statusReport"]!["hasChannel"]!);
        Assert.Null((string?)plan["statusReport"]!["cardUrl"]);
        Assert.Equal(Now, DateTimeOffset.Parse((string)plan["statusReport"]!["cardPostsAt"]!, System.Globalization.CultureInfo.InvariantCulture)); // 14 days before

        // The scheduler puts the card in the channel; the engine's send is recorded with the id Teams gave the message.
        await Factory.Services.GetRequiredService<TeamsMentor.Bot.Delivery.PromptScheduler>().RunOnceAsync(CancellationToken.None);
        var store = Factory.Services.GetRequiredService<TeamsMentor.Domain.Delivery.IDeliveryStore>();
        var key = DeliveryKeys.StatusPrompt("mentorprogram-nord", 3, "tromso-sone-1");
        var item = (await store.GetAsync(key, "team|tromso-sone-1", CancellationToken.None))!;
        var now = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var claimed = (await store.TryClaimAsync(item, "test", now, now.AddMinutes(1), CancellationToken.None))!;
        await store.RecordAsync(claimed, new TeamsMentor.Domain.Delivery.DeliveryDecision(TeamsMentor.Domain.Delivery.DeliveryState.Sent, now, null),
            TeamsMentor.Domain.Delivery.AttemptResult.Sent("1700000000123"), now, CancellationToken.None);
        var reports = Factory.Services.GetRequiredService<IStatusReportRepository>();
        await reports.SaveAsync("mentorprogram-nord", new StatusReport
        {
            TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Draft, LastEditedBy = "Silje Rognli", LastEditedAt = Now.AddHours(1),
        }, null, CancellationToken.None);

        var report = (await JsonAsync(await SendTabAsync(HttpMethod.Get, Plan, TabToken(Hanne)), HttpStatusCode.OK))["statusReport"]!;
        Assert.Equal("https://teams.microsoft.com/l/message/19%3Asone1%40thread.tacv2/1700000000123?tenantId=" + Tenant + "&parentMessageId=1700000000123",
            (string?)report["cardUrl"]);
        Assert.Null((string?)report["cardPostsAt"]);
        Assert.Equal(("draft", "Silje Rognli"), ((string?)report["state"], (string?)report["by"]));
    }

    [Fact]
    public async Task DevPeople_OffOutsideDevSignIn_404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await SendTabAsync(HttpMethod.Get, "/api/tab/dev/people", null)).StatusCode);
    }
}
