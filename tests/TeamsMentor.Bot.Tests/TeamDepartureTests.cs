using System.Net;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// Someone removed from a Teams team (Microsoft's own <c>team-member-removed</c> activity, which names them only by Teams
/// user id) is marked as having left the network team linked in it: kept, with their history, but no longer asked.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class TeamDepartureTests(AzuriteFixture azurite) : EvaluationTestBase(azurite)
{
    private static readonly string Fixture = File.ReadAllText(Path.Combine(RepoPaths.Root, "..", "shared", "fixtures", "teams-activities", "msteams-docs", "team-member-removed.json"));
    private const string RemovedTeamsId = "29:1_LCi5Up14pAy65yZuaJzG1uIT7ujYhjjSTsUNqjORsZHjLHKiQIBJa4cX2XsAsRoaY7va2w6ZymA9-1VtSY_g";
    private const string FixtureTeam = "19:efa9296d959346209fea44151c742e73@thread.skype";
    private const string FixtureTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private async Task SetUpAsync()
    {
        var team = (await Networks.GetTeamAsync(Network, "tromso-sone-1", CancellationToken.None))!;
        await Networks.SetChannelAsync(Network, "tromso-sone-1", new ChannelLink(FixtureTenant, FixtureTeam, "19:teamarbeid@thread.skype",
            "https://smba.trafficmanager.net/amer-client-ss.msg/", Start, null), team.Version, CancellationToken.None);
        var hanne = (await Networks.GetMemberAsync(Network, "tromso-sone-1-hanne", CancellationToken.None))!;
        await Networks.SaveMemberAsync(Network, hanne.Value with { TeamsUserId = RemovedTeamsId }, hanne.Version, CancellationToken.None);
    }

    [Fact]
    public async Task MemberRemovedFromTheTeam_MarkedAsLeft_NotErased_NoLongerOnTheTeam()
    {
        await SetUpAsync();

        var response = await PostAsync(Fixture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = (await Networks.GetPlanAsync(Network, CancellationToken.None))!;
        var hanne = plan.Members.Single(m => m.Id == "tromso-sone-1-hanne");
        Assert.Equal(Start, hanne.LeftAt);
        Assert.Equal(Hanne, hanne.AadObjectId); // kept: her name, roles and history stay
        Assert.Null(NetworkAccess.MemberOf(plan, "tromso-sone-1", Hanne));
        Assert.DoesNotContain(plan.CurrentMembersOf("tromso-sone-1"), m => m.Id == hanne.Id);
        Assert.Contains(plan.MembersOf("tromso-sone-1"), m => m.Id == hanne.Id);
        Assert.Null(plan.Members.Single(m => m.Id == "tromso-sone-1-silje").LeftAt);
    }

    [Fact]
    public async Task SomeoneOutsideTheNetwork_OrAnotherTeam_NothingMarked()
    {
        await SetUpAsync();

        var response = await PostAsync(Fixture.Replace(FixtureTeam + "\"\n        }", "19:another-team@thread.skype\"\n        }", StringComparison.Ordinal)
            .Replace("\"id\": \"" + FixtureTeam + "\"\n        },\n        \"eventType\"", "\"id\": \"19:another-team@thread.skype\"\n        },\n        \"eventType\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All((await Networks.GetPlanAsync(Network, CancellationToken.None))!.Members, m => Assert.Null(m.LeftAt));
    }
}
