using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Hosting;
using TeamsMentor.Domain.Installations;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>The local-dev auth switch: refused outside Development; in Development it admits token-less requests only.</summary>
[Collection(HostCollection.Name)]
public sealed class StartupTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string?> Dangerous = new() { ["Bot:DangerouslyAllowUnauthenticatedRequests"] = "true" };

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Start_UnauthenticatedSwitchOutsideDevelopment_Fails(string environment)
    {
        var error = StartFails<TeamsMentor.Protocol.BotOptions>(environment, new(Dangerous) { ["Storage:ConnectionString"] = azurite.ConnectionString });
        Assert.Contains("DangerouslyAllowUnauthenticatedRequests", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The host's own registrations, built but not started, and the options the start-up validation checks: starting a
    /// host that must fail races in the test server (it sometimes reports a disposed service provider instead).
    /// </summary>
    private static OptionsValidationException StartFails<TOptions>(string environment, Dictionary<string, string?> settings)
        where TOptions : class
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings) { ["Evaluations:AnswerKey"] = TestSecrets.EvaluationAnswerKey });
        builder.AddTeamsMentorBot();
        using var app = builder.Build();
        return Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<TOptions>>().Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("c2hvcnQ=")] // 5 bytes
    [InlineData("not base64!")]
    public void Start_WithoutAStrongEvaluationKey_FailsAndSaysWhy(string key)
    {
        // The host's own registrations, built but not started (starting a host that must fail races in the test server).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Evaluations:AnswerKey"] = key });
        builder.AddTeamsMentorBot();
        using var app = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<TeamsMentor.Bot.Evaluations.EvaluationOptions>>().Value);
        Assert.Contains("Evaluations:AnswerKey must be a base64 secret of at least 32 bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://uustatus.no/nb/erklaringer/publisert/1")]
    [InlineData("/tilgjengelighet")]
    public void Start_AccessibilityStatementNotAnHttpsUrl_FailsAndSaysWhy(string url)
    {
        var error = StartFails<TeamsMentor.Bot.Hosting.AppOptions>("Production", new() { ["App:AccessibilityStatementUrl"] = url });
        Assert.Contains("App:AccessibilityStatementUrl must be an absolute https URL", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "/tab/accessibility.html")] // the draft the app ships
    [InlineData("https://uustatus.no/nb/erklaringer/publisert/0a1b2c3d", "https://uustatus.no/nb/erklaringer/publisert/0a1b2c3d")]
    public async Task AccessibilityStatementLink_GoesToThePublishedStatement_OrTheDraft(string? configured, string expected)
    {
        using var factory = new BotHostFactory(azurite.ConnectionString, settings: new Dictionary<string, string?> { ["App:AccessibilityStatementUrl"] = configured });
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/tab/tilgjengelighet");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.ToString());
    }

    [Fact]
    public void Start_ProductionWithoutStorage_Fails()
    {
        var error = StartFails<TeamsMentor.Infrastructure.Storage.StorageOptions>("Production", new() { ["Storage:ConnectionString"] = "" });
        Assert.Contains("Storage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_NoToken_AcceptedAndStoredAsUnverified()
    {
        using var factory = new BotHostFactory(azurite.ConnectionString, "Development", Dangerous);
        using var client = factory.CreateClient();
        var json = TeamsPayloads.BotAddedToTeam().Replace(TeamsPayloads.ServiceUrl, "http://localhost:56150/_connector", StringComparison.Ordinal);

        var response = await client.PostAsync("/api/messages", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var repository = (IConversationInstallationRepository)factory.Services.GetService(typeof(IConversationInstallationRepository))!;
        var stored = await repository.FindAsync(TeamsPayloads.Tenant, TeamsPayloads.TeamId, CancellationToken.None);
        Assert.False(stored!.ServiceUrlVerified);
        Assert.NotEmpty(factory.Connector.Requests);
        Assert.All(factory.Connector.Requests, sent =>
        {
            Assert.Null(sent.Authorization);
            Assert.StartsWith("http://localhost:56150/_connector/v3/", sent.Uri.AbsoluteUri, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Development_BadToken_StillRefused()
    {
        using var factory = new BotHostFactory(azurite.ConnectionString, "Development", Dangerous);
        using var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(TeamsPayloads.PersonalMessage("hjelp"), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", factory.Issuer.CreateToken(TeamsPayloads.ServiceUrl, audience: "someone-else"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public void Start_DevSignInOutsideDevelopment_Fails()
    {
        // Through the built host's options (starting a host that must fail races in the test server: see StartFails).
        var error = StartFails<TeamsMentor.Bot.Tab.TabOptions>("Production", new() { ["Tab:DangerouslyAllowDevSignIn"] = "true" });
        Assert.Contains("DangerouslyAllowDevSignIn", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", HttpStatusCode.OK)]
    [InlineData("false", HttpStatusCode.Unauthorized)]
    public async Task DevSignInHeader_OnlyWhenSwitchedOn(string enabled, HttpStatusCode expected)
    {
        using var factory = new BotHostFactory(azurite.ConnectionString, "Development", new Dictionary<string, string?> { ["Tab:DangerouslyAllowDevSignIn"] = enabled });
        using var client = factory.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/tab/admin/networks");
        request.Headers.Add("X-TeamsMentor-Dev-User", "aad-someone");

        Assert.Equal(expected, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public void HostedServices_DemoSeedersStartBeforeTheScheduler()
    {
        // Hosted services start in registration order: the demo's history must be seeded before the scheduler's first
        // pass, or the scheduler opens the demo's evaluations itself and the seeder leaves them without answers.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.AddTeamsMentorBot();
        var hosted = builder.Services.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)).ToList();
        int IndexOf(string name) => hosted.FindIndex(d => (d.ImplementationType?.Name ?? "") == name);
        var dispatcher = IndexOf("DeliveryDispatcher"); // AddDelivery() registers the scheduler just before it
        Assert.True(IndexOf("DemoPlanSeeder") >= 0 && IndexOf("DemoEvaluationSeeder") > IndexOf("DemoPlanSeeder"));
        Assert.True(IndexOf("DemoOpenScreenSeeder") < dispatcher - 1, "the delivery engine starts before the demo seeders");
    }
}
