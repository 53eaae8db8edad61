using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
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
        var plan = NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"))).Plan!;
        var hanne = plan.Members.First(m => m.TeamId == "tromso-sone-1");
        plan = plan with
        {
            Network = plan.Network with { Organizers = [plan.Network.Organizers[0] with { AadObjectId = Organizer }] },
            Members = [.. plan.Members.Select(m => m.Id == hanne.Id ? m with { AadObjectId = Member } : m)],
        };
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
}
