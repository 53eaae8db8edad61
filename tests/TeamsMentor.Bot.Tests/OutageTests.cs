using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Bot.Demo;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Testing;
using Xunit.Abstractions;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Storage stops answering (its own Azurite, paused with SIGSTOP: connections accepted, nothing answered): a status-report
/// save answers within its budget (not after 45 s of retries; the bound is loose, the time is printed) with the form as
/// typed and "could not confirm", a tab call answers 503 with Retry-After within its budget,
/// and once storage is back the same save goes through.
/// </summary>
public sealed class OutageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Hanne = "aad-hanne";
    private const string Network = "mentorprogram-nord";
    private readonly AzuriteFixture _azurite = new() { Own = true };
    private BotHostFactory _factory = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        // The app's clock runs in real time from two weeks before gathering 3 (its report is open): the time budgets use it.
        _factory = new BotHostFactory(_azurite.ConnectionString) { Clock = new ShiftedTimeProvider(new DateTimeOffset(2023, 4, 12, 9, 0, 0, TimeSpan.FromHours(2)), TimeProvider.System) };
        var plan = NordPlan.With(null, ("tromso-sone-1-hanne", Hanne));
        await _factory.Services.GetRequiredService<INetworkRepository>().ImportAsync(plan, CancellationToken.None);
        _factory.Connector.Fallback = _ => RecordingHandler.Json(HttpStatusCode.OK, """{"members":[]}""");
    }

    public async Task DisposeAsync()
    {
        await _azurite.ResumeAsync();
        _factory.Dispose();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task SaveAndTabCall_StorageStopsAnswering_AnsweredInTime_InputKept_ThenSavedOnceBack()
    {
        using var client = _factory.CreateClient();
        var form = await InvokeAsync(client, ReportVerbs.Section, new ReportCardData(Network, "tromso-sone-1", 3) { Section = ReportSection.Goals }.ToJson());
        var data = form["actions"]![0]!["data"]!.DeepClone().AsObject(); // "Lagre": the section, its version and the form's save token
        data["subGoals"] = "Mentor til alle nytilsatte innen sommeren";
        data["measures"] = "Mentorkurs i mai";

        await _azurite.PauseAsync();
        var save = Stopwatch.StartNew();
        var card = await InvokeAsync(client, ReportVerbs.SaveSection, data);
        save.Stop();
        var tab = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/tab/networks/{Network}/teams/tromso-sone-1/plan");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _factory.EntraIssuer.CreateToken("", issuer: $"https://login.microsoftonline.com/{TeamsPayloads.Tenant}/v2.0",
            audience: BotHostFactory.TabClientId, includeServiceUrl: false, claims: new Dictionary<string, object> { ["oid"] = Hanne, ["tid"] = TeamsPayloads.Tenant, ["ver"] = "2.0" }));
        using var plan = await client.SendAsync(request);
        tab.Stop();
        output.WriteLine($"during the outage: save answered in {save.Elapsed.TotalSeconds:F1} s, tab call in {tab.Elapsed.TotalSeconds:F1} s");

        var texts = card.ToJsonString();
        Assert.Contains("Vi fikk ikke bekreftet at rapporten ble lagret", texts, StringComparison.Ordinal);
        Assert.Contains("Mentor til alle nytilsatte innen sommeren", texts, StringComparison.Ordinal); // what she typed is on the form
        Assert.True(save.Elapsed < TimeSpan.FromSeconds(10), $"save answered after {save.Elapsed}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, plan.StatusCode);
        Assert.NotNull(plan.Headers.RetryAfter);
        Assert.True(tab.Elapsed < TimeSpan.FromSeconds(10), $"tab call answered after {tab.Elapsed}");
        var stranger = (await InvokeAsync(client, ReportVerbs.SaveSection, data, "aad-stranger")).ToJsonString(); // the access check is what did not answer
        Assert.DoesNotContain("Mentor til alle", stranger, StringComparison.Ordinal);
        Assert.DoesNotContain("Tromsø", stranger, StringComparison.Ordinal);

        await _azurite.ResumeAsync();
        var again = await InvokeAsync(client, ReportVerbs.SaveSection, data); // the same button, pressed again
        Assert.Contains("Lagret: Mål og tiltak.", CardNodes.Text(again), StringComparison.Ordinal);
        Assert.Equal("Mentor til alle nytilsatte innen sommeren", (await _factory.Services.GetRequiredService<IStatusReportRepository>()
            .GetAsync(Network, "tromso-sone-1", 3, CancellationToken.None))!.Value.SubGoals);
    }

    private async Task<JsonObject> InvokeAsync(HttpClient client, string verb, JsonObject data, string aad = Hanne)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(TeamsPayloads.ChannelInvoke(verb, data.ToJsonString(), aad, "Hanne Solbakken"), Encoding.UTF8, "application/json"),
        };
        var now = _factory.Clock!.GetUtcNow().UtcDateTime; // the connector token's lifetime is checked against the app's clock
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _factory.Issuer.CreateToken(TeamsPayloads.ServiceUrl, notBefore: now.AddMinutes(-1), expires: now.AddMinutes(30)));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["value"]!.AsObject();
    }
}
