using Microsoft.Extensions.Options;
using TeamsMentor.Bot.Access;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Tests;

/// <summary>The one access check used by card actions and tab endpoints: organizers and administrators administer, members work on their own team.</summary>
public sealed class AccessServiceTests
{
    private const string Admin = "aad-platform-admin";
    private const string Organizer = "aad-organizer";
    private const string Hanne = "aad-hanne";

    private static (AccessService Access, NetworkPlan Plan) Setup()
    {
        var tab = new TabOptions();
        tab.Administrators.Add(Admin);
        return (new AccessService(Options.Create(tab)), NordPlan.With(Organizer, ("tromso-sone-1-hanne", Hanne)));
    }

    [Fact]
    public void CanAdminister_OrganizersAndAdministrators_NotMembersOrStrangers()
    {
        var (access, plan) = Setup();
        Assert.True(access.CanAdminister(Organizer, plan.Network));
        Assert.True(access.CanAdminister(Admin.ToUpperInvariant(), plan.Network));
        Assert.True(access.IsAdministrator(Admin));
        Assert.False(access.IsAdministrator(Organizer));
        Assert.False(access.CanAdminister(Hanne, plan.Network));
        Assert.False(access.CanAdminister("aad-stranger", plan.Network));
        Assert.False(access.CanAdminister(null, plan.Network));
    }

    [Fact]
    public void CanWorkOn_OwnTeamOnly_OrganizersEveryTeam()
    {
        var (access, plan) = Setup();
        Assert.True(access.CanWorkOn(plan, "tromso-sone-1", Hanne));
        Assert.False(access.CanWorkOn(plan, "dyroy", Hanne));
        Assert.True(access.CanWorkOn(plan, "dyroy", Organizer));
        Assert.True(access.CanWorkOn(plan, "dyroy", Admin));
        Assert.False(access.CanWorkOn(plan, "tromso-sone-1", "aad-stranger"));
        Assert.False(access.CanWorkOn(plan, "tromso-sone-1", null));
    }
}
