using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Every organizers' endpoint under <c>/api/tab/admin/networks/{networkId}</c>, found in the host's own route table (so
/// a new one cannot be left out), goes through the one access check: 404 for a network that does not exist, 403 for a
/// member of one of its teams, and past the check for an organizer.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OrganizerEndpointsTests : HostTestBase
{
    private const string Network = "mentorprogram-nord";
    private const string Organizer = "aad-organizer-1";
    private const string Member = "aad-member-hanne";

    public OrganizerEndpointsTests(AzuriteFixture azurite)
        : base(azurite)
    {
        var plan = NordPlan.With(Organizer, ("tromso-sone-1-hanne", Member));
        Factory.Services.GetRequiredService<INetworkRepository>().ImportAsync(plan, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Method and path (route parameters filled in) of every endpoint about one network's administration.</summary>
    private List<(string Method, string Path)> OrganizerRoutes(string networkId) =>
        [.. Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/tab/admin/networks/{networkId}", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => (method, Fill(e.RoutePattern.RawText!, networkId))))];

    private static string Fill(string pattern, string networkId) =>
        System.Text.RegularExpressions.Regex.Replace(pattern.Replace("{networkId}", networkId, StringComparison.Ordinal), @"\{(\w+)(:int)?\}",
            m => m.Groups[2].Success ? "3" : "x-" + m.Groups[1].Value);

    [Fact]
    public async Task EveryOrganizerEndpoint_MemberRefused403_UnknownNetwork404_OrganizerPasses()
    {
        var routes = OrganizerRoutes(Network);
        Assert.True(routes.Count >= 24, $"only {routes.Count} organizer routes found");
        foreach (var (method, path) in routes)
        {
            using var member = await SendTabAsync(new HttpMethod(method), path, TabToken(Member), "{}", ("If-Match", "W/\"x\""));
            Assert.True(member.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)member.StatusCode} for a member");
            using var unknown = await SendTabAsync(new HttpMethod(method), path.Replace(Network, "no-such-network", StringComparison.Ordinal), TabToken(Organizer), "{}",
                ("If-Match", "W/\"x\""));
            Assert.True(unknown.StatusCode == HttpStatusCode.NotFound, $"{method} {path}: {(int)unknown.StatusCode} for an unknown network");
            using var organizer = await SendTabAsync(new HttpMethod(method), path, TabToken(Organizer), "{}", ("If-Match", "W/\"x\""));
            Assert.False(organizer.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{method} {path}: {(int)organizer.StatusCode} for the organizer");
        }
    }

    [Theory]
    [InlineData("%20")] // blank
    [InlineData("%2E%2E")] // ..
    [InlineData("%01")] // a control character
    [InlineData("LONG")] // 3,000 characters
    [InlineData("%C3%B8%E2%82%AC%F0%9F%98%80")] // unicode: a valid id that names nothing
    public async Task EveryTabRoute_OddIds_AnsweredWithoutA5xx(string odd)
    {
        var id = odd == "LONG" ? new string('a', 3_000) : odd;
        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/tab/", StringComparison.Ordinal) == true && e.RoutePattern.Parameters.Count > 0)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => (method, e.RoutePattern.RawText!)))
            .ToList();
        Assert.NotEmpty(routes);
        foreach (var (method, pattern) in routes)
        {
            foreach (var parameter in System.Text.RegularExpressions.Regex.Matches(pattern, @"\{(\w+)(:int)?\}").Where(m => !m.Groups[2].Success).Select(m => m.Groups[1].Value))
            {
                // The odd id in one place, real ones elsewhere (the organizer's network), so each check is reached.
                var path = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:int)?\}",
                    m => m.Groups[1].Value == parameter ? id : m.Groups[2].Success ? "3" : m.Groups[1].Value == "networkId" ? Network : "x-" + m.Groups[1].Value);
                using var response = await SendTabAsync(new HttpMethod(method), path, TabToken(Organizer), "{}", ("If-Match", "W/\"x\""));
                Assert.True((int)response.StatusCode < 500, $"{method} {path[..Math.Min(path.Length, 120)]}: {(int)response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task OpenScreenSession_BlankId_404()
    {
        using var get = await SendTabAsync(HttpMethod.Get, $"/api/tab/admin/networks/{Network}/openScreen/%20", TabToken(Organizer));
        using var put = await SendTabAsync(HttpMethod.Put, $"/api/tab/admin/networks/{Network}/openScreen/%20/attendance", TabToken(Organizer), """{"memberIds":[]}""");
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
    }
}
