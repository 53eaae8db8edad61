using System.Net;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.Demo;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The demo clock's "next day" (Development demo only): <c>POST /api/dev/clock/advance?hours=</c> moves the app's clock
/// forward, refuses anything else, and does not exist without a demo clock.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DemoClockTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset April12 = new(2023, 4, 12, 9, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task Advance_MovesTheDemoClockForward_RefusesBadHours()
    {
        var clock = new ShiftedTimeProvider(April12, TimeProvider.System);
        using var factory = new BotHostFactory(azurite.ConnectionString) { Clock = clock };
        using var client = factory.CreateClient();

        using var next = await client.PostAsync("/api/dev/clock/advance?hours=24", null);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        var now = DateTimeOffset.Parse((string)JsonNode.Parse(await next.Content.ReadAsStringAsync())!["now"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(now - April12, TimeSpan.FromHours(24), TimeSpan.FromHours(24.5)); // a day on (and the seconds the test took)
        Assert.InRange(clock.GetUtcNow() - April12, TimeSpan.FromHours(24), TimeSpan.FromHours(24.5));
        foreach (var bad in new[] { "", "?hours=0", "?hours=-3", "?hours=NaN", "?hours=abc", "?hours=99999" })
        {
            using var refused = await client.PostAsync("/api/dev/clock/advance" + bad, null);
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{bad}: {refused.StatusCode}");
        }

        Assert.InRange(clock.GetUtcNow() - April12, TimeSpan.FromHours(24), TimeSpan.FromHours(24.5)); // nothing moved it back
    }

    [Fact]
    public async Task Advance_WithoutADemoClock_404()
    {
        using var factory = new BotHostFactory(azurite.ConnectionString);
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/dev/clock/advance?hours=24", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
