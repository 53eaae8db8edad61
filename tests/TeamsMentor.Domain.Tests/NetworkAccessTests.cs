using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Tests;

/// <summary>Who is who in a network: members of a team by Entra object id (any case), organizers of a network, nobody else.</summary>
public sealed class NetworkAccessTests
{
    private static NetworkPlan Plan()
    {
        var plan = SamplePlan.Create();
        return plan with { Members = [.. plan.Members.Select(m => m.Id == "per" ? m with { AadObjectId = "AAD-PER" } : m)] };
    }

    [Fact]
    public void MemberOf_OwnTeamInAnyCase_OtherTeamOrUnknownOrNone_Null()
    {
        var plan = Plan();
        Assert.Equal("per", NetworkAccess.MemberOf(plan, "tromso-sone-1", "aad-per")?.Id);
        Assert.True(NetworkAccess.IsMember(plan, "tromso-sone-1", "AAD-PER"));
        Assert.False(NetworkAccess.IsMember(plan, "dyroy", "aad-per"));
        Assert.Null(NetworkAccess.MemberOf(plan, "tromso-sone-1", "aad-someone"));
        Assert.Null(NetworkAccess.MemberOf(plan, "tromso-sone-1", null));
        Assert.Null(NetworkAccess.MemberOf(plan, "no-such-team", "aad-per"));
    }

    [Fact]
    public void Participant_AnyTeam_MembersWithoutEntraIdNeverMatch()
    {
        var plan = Plan();
        Assert.Equal("per", NetworkAccess.Participant(plan, "aad-per")?.Id);
        Assert.Null(NetworkAccess.Participant(plan, null)); // siri and ola have no Entra id yet: null must not match them
        Assert.Null(NetworkAccess.Participant(plan, "aad-siri"));
    }

    [Fact]
    public void OrganizerOf_AndOrganizedBy_FollowThePlansOrganizers()
    {
        var plan = Plan();
        var other = plan with { Network = plan.Network with { Id = "viken", Organizers = [new Organizer("org-b", "Berit", AadObjectId: "aad-org-b")] } };
        Assert.Equal("Astrid Arrangør", NetworkAccess.OrganizerOf(plan.Network, "AAD-ORG-A")?.Name);
        Assert.Null(NetworkAccess.OrganizerOf(plan.Network, "aad-per"));
        Assert.Null(NetworkAccess.OrganizerOf(plan.Network, null));
        Assert.Equal(["viken"], NetworkAccess.OrganizedBy([plan, other], "aad-org-b").Select(p => p.Network.Id));
        Assert.Empty(NetworkAccess.OrganizedBy([plan, other], "aad-per"));
    }
}
