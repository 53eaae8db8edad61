using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Domain.Attendance;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Domain.Localization;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Testing;
using Xunit.Abstractions;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// A person's data on the demo's two years (Azurite, the real host): the export holds every row in every table that
/// names the person and nothing else; an erasure leaves no row in any table that names them, keeps the counts right and
/// leaves everyone else's rows as they were; who may export and erase.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PrivacyTests(AzuriteFixture azurite, ITestOutputHelper output) : IDisposable
{
    private const string Network = NordDemo.Network;
    private const string Admin = "00000000-0000-0000-0000-0000000000a1";
    private const string HanneId = "tromso-sone-1-hanne";
    private const string HanneName = "Hanne Solbakken";
    private const string HanneEmail = "hanne.solbakken@example.com";
    private const string HanneChat = "a:1chat-with-hanne";
    private const string HanneTeamsId = "29:1hanne-teams-user";
    private readonly string _prefix = AzuriteFixture.UniquePrefix();
    private BotHostFactory? _factory;
    private HttpClient? _client;

    public void Dispose()
    {
        _client?.Dispose();
        _factory?.Dispose();
    }

    private HttpClient Client => _client ??= Factory.CreateClient();

    private BotHostFactory Factory => _factory ??= new BotHostFactory(azurite.ConnectionString, "Development",
        new Dictionary<string, string?>(NordDemo.Settings("2024-10-16T09:00:00+02:00", _prefix)) { ["Tab:Administrators:0"] = Admin });

    private T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    private async Task<NetworkPlan> PlanAsync() => (await Service<INetworkRepository>().GetPlanAsync(Network, CancellationToken.None))!;

    private async Task<string> HanneAadAsync() => (await PlanAsync()).Members.Single(m => m.Id == HanneId).AadObjectId!;

    /// <summary>More of Hanne than the demo seeds: her personal chat, language, an RSVP, the report for gathering 7 sent in by her, and a card waiting for her chat.</summary>
    private async Task<string> GiveHanneEverythingAsync()
    {
        _ = Client; // the host seeds the demo as it starts
        var aad = await HanneAadAsync();
        var now = new DateTimeOffset(2024, 10, 16, 7, 0, 0, TimeSpan.Zero);
        await Service<IConversationInstallationRepository>().SaveInstalledAsync(new ConversationInstallation
        {
            TenantId = TeamsPayloads.Tenant, ConversationId = HanneChat, Kind = ConversationKind.Personal, ServiceUrl = TeamsPayloads.ServiceUrl,
            BotId = TeamsPayloads.BotId, UserId = HanneTeamsId, UserAadObjectId = aad, InstalledAt = now,
        }, CancellationToken.None);
        await Service<IStatusReportRepository>().SaveAsync(Network, new StatusReport
        {
            TeamId = "tromso-sone-1", Gathering = 7, State = StatusReportState.Submitted, SubmittedBy = HanneName, SubmittedAt = now, LastEditedBy = HanneName,
            LastEditedAt = now, FreeText = "Hanne Solbakken og Silje Nilsen tok ansvar for mentorkurset.",
        }, null, CancellationToken.None);
        await Service<ILanguagePreferenceRepository>().SetAsync(TeamsPayloads.Tenant, aad, "en-US", now, CancellationToken.None);
        var openScreen = Service<IOpenScreenRepository>();
        var session = (await openScreen.ListSessionsAsync(Network, CancellationToken.None)).OrderBy(s => s.Value.Start).Last().Value;
        await openScreen.SetRsvpAsync(Network, session.Id, new OpenScreenRsvp(aad, HanneId, RsvpChoice.Yes, now), CancellationToken.None);
        var card = new JsonObject { ["type"] = "message", ["text"] = $"Hei {HanneName}, rapporten venter" }.ToJsonString();
        await Service<IDeliveryStore>().EnqueueAsync(new WaveRequest("privacy-test:" + Network, Network, "Test", now),
        [
            new DeliveryRequest(new DeliveryTarget(DeliveryKeys.Person(aad), TeamsPayloads.Tenant, TeamsPayloads.ServiceUrl, HanneChat, HanneName), DeliveryOperation.Post, card),
            new DeliveryRequest(new DeliveryTarget("team|tromso-sone-2", TeamsPayloads.Tenant, TeamsPayloads.ServiceUrl, "19:sone2@thread.tacv2"), DeliveryOperation.NewThread,
                new JsonObject { ["type"] = "message", ["text"] = "Lagret av Sølvi Hansen" }.ToJsonString()),
        ], CancellationToken.None);
        return aad;
    }

    [Fact]
    public async Task Export_AsAdministrator_HoldsEveryRowNamingThePerson_AndNothingElse()
    {
        var aad = await GiveHanneEverythingAsync();
        var scan = await ScanAsync(aad);

        var export = await GetJsonAsync($"/api/tab/privacy/people/export?person=aad:{aad}", Admin);

        var exported = export["tables"]!.AsArray()
            .SelectMany(t => t!["rows"]!.AsArray().Select(r => $"{(string)t["table"]!}|{(string)r!["partitionKey"]!}|{(string)r["rowKey"]!}"))
            .Order(StringComparer.Ordinal).ToList();
        Print("before", scan);
        Assert.Equal(scan.Keys.Order(StringComparer.Ordinal), exported);
        foreach (var table in new[] { "Networks", "MemberIndex", "Installations", "LanguagePreferences", "StatusReports", "OpenScreen", "Deliveries" })
        {
            Assert.Contains(scan.Keys, k => k.StartsWith(table + "|", StringComparison.Ordinal));
        }

        Assert.Contains("Hanne Solbakken", (string?)export["person"]!["names"]![0], StringComparison.Ordinal);

        // The demo follows the rules: its closed evaluations are sealed (every answer under a random key, no marker left).
        var evaluationRows = (await AllRowsAsync()).Keys.Where(k => k.StartsWith($"Evaluations|{Network}|", StringComparison.Ordinal)).ToList();
        Assert.Contains(evaluationRows, k => k.Contains("|a|006|~", StringComparison.Ordinal));
        Assert.DoesNotContain(evaluationRows, k => k.Contains("|a|", StringComparison.Ordinal) && !k.Contains("|~", StringComparison.Ordinal));
        Assert.DoesNotContain(evaluationRows, k => k.Contains("|p|", StringComparison.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace((string?)export["tables"]![0]!["what"]!["nb"]));
        // Nothing about anyone else: no one else's member id, though attendance lists name everyone who came.
        var text = export.ToJsonString();
        Assert.All((await PlanAsync()).Members.Where(m => m.Id != HanneId), m => Assert.DoesNotContain('"' + m.Id + '"', text, StringComparison.Ordinal));
        Assert.Contains('"' + HanneId + '"', text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_AsAdministrator_NoTableNamesThePerson_CountsRight_OthersUnchanged()
    {
        var aad = await GiveHanneEverythingAsync();
        await LinkTromsoSone1Async(linkedBy: HanneName);
        var before = await AllRowsAsync();
        var named = await ScanAsync(aad);
        Print("before", named);
        var attendanceBefore = await Service<IGatheringAttendanceRepository>().ListAsync(Network, CancellationToken.None);
        var reportsBefore = await Service<IStatusReportRepository>().ListAsync(Network, CancellationToken.None);
        var answersBefore = (await Service<IEvaluationRepository>().ListAnswersAsync(Network, null, CancellationToken.None)).Count;

        using var response = await SendAsync(HttpMethod.Post, "/api/tab/privacy/people/erase", Admin, new { person = "aad:" + aad });

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        output.WriteLine(body.ToJsonString());
        var after = await ScanAsync(aad);
        Print("after", after);
        Assert.Empty(after);
        Assert.Equal(0, (int)body["remaining"]!);
        Assert.True((bool)body["shared"]!);

        // Counts: reports and answers all still there; attendance lost exactly Hanne.
        Assert.Equal(reportsBefore.Count, (await Service<IStatusReportRepository>().ListAsync(Network, CancellationToken.None)).Count);
        Assert.Equal(answersBefore, (await Service<IEvaluationRepository>().ListAnswersAsync(Network, null, CancellationToken.None)).Count);
        var attendanceAfter = await Service<IGatheringAttendanceRepository>().ListAsync(Network, CancellationToken.None);
        foreach (var (gathering, list) in attendanceBefore)
        {
            Assert.Equal(list.MemberIds.Where(m => m != HanneId).Order(StringComparer.Ordinal), attendanceAfter[gathering].MemberIds.Order(StringComparer.Ordinal));
        }

        var report = (await Service<IStatusReportRepository>().GetAsync(Network, "tromso-sone-1", 7, CancellationToken.None))!.Value;
        Assert.Equal(("(slettet person)", "(slettet person)"), (report.SubmittedBy, report.LastEditedBy));
        Assert.Equal("(slettet person) og Silje Nilsen tok ansvar for mentorkurset.", report.FreeText); // the rest of the text stays
        var plan = await PlanAsync();
        Assert.DoesNotContain(plan.Members, m => m.Id == HanneId);
        var team = plan.Teams.Single(t => t.Id == "tromso-sone-1");
        Assert.Null(team.ContactPersonId);
        Assert.Equal(("19:sone1@thread.tacv2", null), (team.Channel?.ChannelId, team.Channel?.LinkedBy)); // the channel stays linked

        // The report's card in the team's channel is updated to show the report as it is now.
        var update = await Service<IDeliveryStore>().GetAsync(DeliveryKeys.StatusPrompt(Network, 7, "tromso-sone-1"), "team|tromso-sone-1~u", CancellationToken.None);
        Assert.NotNull(update);
        Assert.DoesNotContain(HanneName, update.ActivityJson!, StringComparison.Ordinal);
        Assert.Contains("(slettet person)", JsonNode.Parse(update.ActivityJson!)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);

        // Everyone else's rows: as they were. The plan's rows are written again by the plan's save, with the same content
        // under the save's new ImportId (and members after her one place up), and the schedule stamp moves with it.
        var now = await AllRowsAsync();
        var changed = before.Where(r => !named.ContainsKey(r.Key) && (!now.TryGetValue(r.Key, out var v) || WithoutImportId(v) != WithoutImportId(r.Value)))
            .Select(r => r.Key).Where(k => !k.StartsWith("ScheduleStamps|", StringComparison.Ordinal)).ToList();
        Assert.Empty(changed);

    }

    [Fact]
    public async Task WhoMay_MembersAndStrangersGet403_OrganizersOnlyTheirNetwork_AdministratorsAll()
    {
        var aad = await GiveHanneEverythingAsync();
        var silje = (await PlanAsync()).Members.Single(m => m.Id == "tromso-sone-1-silje").AadObjectId!;
        const string stranger = "00000000-0000-0000-0000-0000000000ff";
        var person = "aad:" + aad;

        foreach (var who in new[] { silje, stranger })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/tab/privacy/people?q=Hanne", who)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, $"/api/tab/privacy/people/export?person={person}", who)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Post, "/api/tab/privacy/people/erase", who, new { person, networkId = Network })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/tab/privacy/erasures", who)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.GetAsync($"/api/tab/privacy/people/export?person={person}")).StatusCode);

        // The network's organizer: finds and exports Hanne in her network, without the rows shared with other networks,
        // and without saying which other network Hanne is in.
        await AddHanneToVikenAsync(aad);
        var hits = await GetJsonAsync("/api/tab/privacy/people?q=solbakken", NordDemo.Organizer);
        Assert.Equal(person, (string?)hits[0]!["person"]);
        var export = await GetJsonAsync($"/api/tab/privacy/people/export?person={person}&networkId={Network}", NordDemo.Organizer);
        var tables = export["tables"]!.AsArray().Select(t => (string)t!["table"]!).ToList();
        Assert.Contains("StatusReports", tables);
        Assert.DoesNotContain("Installations", tables);
        Assert.DoesNotContain("LanguagePreferences", tables);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, $"/api/tab/privacy/people/export?person={person}&networkId=viken-ostfold", NordDemo.Organizer)).StatusCode);
        Assert.Equal([Network], export["person"]!["networks"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, "/api/tab/privacy/people/erase", NordDemo.Organizer, new { person })).StatusCode);

        // Retention and the archive: the network's organizers only.
        var retention = await GetJsonAsync($"/api/tab/privacy/networks/{Network}", NordDemo.Organizer);
        Assert.Equal(("2024-11-30", 12), ((string?)retention["end"], (int)retention["months"]!));
        Assert.Equal(DateTimeOffset.Parse("2025-11-30T23:00:00Z", System.Globalization.CultureInfo.InvariantCulture), (DateTimeOffset)retention["purgeAt"]!);
        var archive = await GetJsonAsync($"/api/tab/privacy/networks/{Network}/archive", NordDemo.Organizer);
        Assert.Contains(archive["tables"]!.AsArray(), t => (string?)t!["table"] == "StatusReports" && t["rows"]!.AsArray().Count >= 35);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, $"/api/tab/privacy/networks/{Network}/archive", silje)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Get, "/api/tab/privacy/erasures", NordDemo.Organizer)).StatusCode);

        // Odd input: a clear 4xx, nothing erased.
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/api/tab/privacy/people/export?person=aad:not-a-guid", Admin)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(HttpMethod.Get, "/api/tab/privacy/people/export?person=member:nord:nobody", Admin)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Get, "/api/tab/privacy/people?q=h", Admin)).StatusCode);
        using (var garbage = new HttpRequestMessage(HttpMethod.Post, "/api/tab/privacy/people/erase") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") })
        {
            garbage.Headers.Add("X-TeamsMentor-Dev-User", Admin);
            Assert.Equal(HttpStatusCode.BadRequest, (await Client.SendAsync(garbage)).StatusCode);
        }

        Assert.Contains((await PlanAsync()).Members, m => m.Id == HanneId);
    }

    [Fact]
    public async Task Erase_ByTheOrganizer_WhenThePersonIsInAnotherNetwork_KeepsWhatIsShared_AndHerOtherMembership()
    {
        var aad = await GiveHanneEverythingAsync();
        var viken = await AddHanneToVikenAsync(aad);

        using var response = await SendAsync(HttpMethod.Post, "/api/tab/privacy/people/erase", NordDemo.Organizer, new { person = "aad:" + aad, networkId = Network });

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.False((bool)body["shared"]!);
        Assert.DoesNotContain((await PlanAsync()).Members, m => m.Id == HanneId);
        Assert.Contains((await Service<INetworkRepository>().GetPlanAsync(viken.Network.Id, CancellationToken.None))!.Members, m => m.Id == "viken-hanne");
        Assert.Equal([viken.Network.Id], (await Service<INetworkRepository>().FindMembershipsAsync(aad, CancellationToken.None)).Select(m => m.NetworkId));
        Assert.NotNull(await Service<IConversationInstallationRepository>().FindAsync(TeamsPayloads.Tenant, HanneChat, CancellationToken.None));
        Assert.Equal("en-US", await Service<ILanguagePreferenceRepository>().GetAsync(TeamsPayloads.Tenant, aad, CancellationToken.None));
        var scan = await ScanAsync(aad);
        Assert.DoesNotContain(scan.Keys, k => k.Contains(Network, StringComparison.Ordinal) && !k.StartsWith("MemberIndex|", StringComparison.Ordinal));

        // The record says who asked, where, and how much; nothing about Hanne.
        var erasures = await GetJsonAsync("/api/tab/privacy/erasures", Admin);
        var record = Assert.Single(erasures.AsArray());
        Assert.Equal((NordDemo.Organizer, Network, "request"), ((string?)record!["requestedBy"], (string?)record["networkId"], (string?)record["reason"]));
        Assert.True(Names("x", record.ToJsonString(), aad) is false);
    }

    [Fact]
    public async Task Mine_GivesThePersonHerOwnRowsInEveryTable()
    {
        var aad = await GiveHanneEverythingAsync();
        var scan = await ScanAsync(aad);

        var mine = await GetJsonAsync("/api/tab/privacy/mine", aad);

        Assert.Equal(scan.Count, (int)mine["rowCount"]!);
        Assert.Contains(mine["tables"]!.AsArray(), t => (string?)t!["table"] == "LanguagePreferences");
        Assert.Contains("Alt TeamsMentor har lagret om deg", (string?)mine["about"]!["nb"], StringComparison.Ordinal);
    }

    /// <summary>Hanne is on a team in the Viken network too.</summary>
    private async Task<NetworkPlan> AddHanneToVikenAsync(string aad)
    {
        var viken = TeamsMentor.Domain.Plans.NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "viken-ostfold.json"))).Plan!;
        viken = viken with { Members = [.. viken.Members, new Member { Id = "viken-hanne", TeamId = viken.Teams[0].Id, Name = HanneName, AadObjectId = aad }] };
        await Service<INetworkRepository>().ImportAsync(viken, CancellationToken.None);
        return viken;
    }

    /// <summary>Tromsø sone 1's channel, linked by <paramref name="linkedBy"/>, and gathering 7's status card posted there.</summary>
    private async Task LinkTromsoSone1Async(string linkedBy)
    {
        var networks = Service<INetworkRepository>();
        var team = (await networks.GetTeamAsync(Network, "tromso-sone-1", CancellationToken.None))!;
        var link = new ChannelLink(TeamsPayloads.Tenant, TeamsPayloads.TeamId, "19:sone1@thread.tacv2", TeamsPayloads.ServiceUrl, DateTimeOffset.UnixEpoch, linkedBy);
        Assert.Equal(TeamsMentor.Domain.Storage.WriteOutcome.Saved, await networks.SetChannelAsync(Network, "tromso-sone-1", link, team.Version, CancellationToken.None));
        await Service<IDeliveryStore>().EnqueueAsync(new WaveRequest(DeliveryKeys.StatusPrompt(Network, 7, "tromso-sone-1"), Network, "StatusPrompt", DateTimeOffset.UnixEpoch, 7),
            [new DeliveryRequest(new DeliveryTarget("team|tromso-sone-1", TeamsPayloads.Tenant, TeamsPayloads.ServiceUrl, link.ChannelId), DeliveryOperation.NewThread,
                new JsonObject { ["type"] = "message", ["text"] = "Statusrapport før samling 7" }.ToJsonString())], CancellationToken.None);
    }

    private static string WithoutImportId(string row)
    {
        var node = JsonNode.Parse(row)!.AsObject();
        node.Remove("ImportId");
        node.Remove("Order"); // the members after her each move up one place
        return node.ToJsonString();
    }

    private void Print(string title, IReadOnlyDictionary<string, string> rows)
    {
        output.WriteLine($"{title}: {rows.Count} rows name Hanne");
        foreach (var group in rows.Keys.GroupBy(k => k.Split('|')[0]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {group.Key}: {group.Count()}");
        }
    }

    /// <summary>
    /// Every row of every table of this host that names Hanne, by a test of its own: her Entra id, Teams ids, name or
    /// e-mail anywhere (JSON decoded), or her member id as a value, a JSON string or a key segment.
    /// </summary>
    private async Task<Dictionary<string, string>> ScanAsync(string aad)
    {
        var all = await AllRowsAsync();
        return all.Where(r => Names(r.Key, r.Value, aad)).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    private static bool Names(string key, string content, string aad)
    {
        var text = key + " " + content + " " + Decode(content);
        return new[] { aad, HanneName, HanneEmail, HanneChat, HanneTeamsId }.Any(s => text.Contains(s, StringComparison.OrdinalIgnoreCase))
            || text.Contains('"' + HanneId + '"', StringComparison.Ordinal)
            || key.Split('|', ':').Contains(HanneId, StringComparer.Ordinal);
    }

    /// <summary>The row's values with JSON inside them decoded (a card's text may be stored escaped).</summary>
    private static string Decode(string content)
    {
        var values = JsonNode.Parse(content)!.AsObject().Select(p => p.Value?.ToString() ?? "").ToList();
        var decoded = values.Select(v =>
        {
            try
            {
                return v.TrimStart().StartsWith('{') || v.TrimStart().StartsWith('[') ? JsonNode.Parse(v)!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) : v;
            }
            catch (JsonException)
            {
                return v;
            }
        });
        return string.Join(" ", values.Concat(decoded));
    }

    private Task<Dictionary<string, string>> AllRowsAsync() => TableScan.AllRowsAsync(azurite.ConnectionString, _prefix);

    private async Task<JsonNode> GetJsonAsync(string path, string user)
    {
        using var response = await SendAsync(HttpMethod.Get, path, user);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string user, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-TeamsMentor-Dev-User", user);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Client.SendAsync(request);
    }
}
