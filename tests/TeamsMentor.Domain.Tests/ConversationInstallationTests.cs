using TeamsMentor.Domain.Installations;

namespace TeamsMentor.Domain.Tests;

public sealed class ConversationInstallationTests
{
    private static readonly DateTimeOffset FirstInstall = new(2022, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static ConversationInstallation Channel(DateTimeOffset at, string serviceUrl = "https://smba.trafficmanager.net/emea/") => new()
    {
        TenantId = "tenant-1",
        ConversationId = "19:tromso@thread.tacv2",
        Kind = ConversationKind.Channel,
        ServiceUrl = serviceUrl,
        BotId = "28:bot",
        TeamId = "19:team@thread.tacv2",
        InstalledAt = at,
        ServiceUrlVerified = true,
    };

    [Fact]
    public void Merge_NothingStored_TakesIncoming()
    {
        var incoming = Channel(FirstInstall);
        Assert.Same(incoming, ConversationInstallation.Merge(null, incoming));
    }

    [Fact]
    public void Merge_ActiveInstallation_KeepsFirstInstallTimeAndRefreshesServiceUrl()
    {
        var existing = Channel(FirstInstall) with { TeamName = "Mentorprogram Nord" };
        var merged = ConversationInstallation.Merge(existing, Channel(FirstInstall.AddDays(30), "https://smba.trafficmanager.net/teams/"));

        Assert.Equal(FirstInstall, merged.InstalledAt);
        Assert.Equal("https://smba.trafficmanager.net/teams/", merged.ServiceUrl);
        Assert.Equal("Mentorprogram Nord", merged.TeamName);
        Assert.True(merged.IsActive);
    }

    [Fact]
    public void Merge_RemovedInstallation_ReinstallStartsAfresh()
    {
        var removed = Channel(FirstInstall).RemovedOn(FirstInstall.AddDays(10));
        var reinstall = Channel(FirstInstall.AddDays(20));

        var merged = ConversationInstallation.Merge(removed, reinstall);

        Assert.Equal(FirstInstall.AddDays(20), merged.InstalledAt);
        Assert.True(merged.IsActive);
    }

    [Fact]
    public void RemovedOn_Twice_KeepsFirstRemovalTime()
    {
        var removed = Channel(FirstInstall).RemovedOn(FirstInstall.AddDays(1)).RemovedOn(FirstInstall.AddDays(5));
        Assert.Equal(FirstInstall.AddDays(1), removed.RemovedAt);
        Assert.False(removed.IsActive);
    }

    [Theory]
    [InlineData("personal", null, ConversationKind.Personal)]
    [InlineData("groupChat", true, ConversationKind.GroupChat)]
    [InlineData("channel", true, ConversationKind.Channel)]
    [InlineData(null, true, ConversationKind.GroupChat)]
    [InlineData(null, null, ConversationKind.Personal)]
    [InlineData("somethingNew", false, ConversationKind.Personal)]
    public void KindOf_TeamsConversationType_Mapped(string? type, bool? isGroup, ConversationKind expected)
    {
        Assert.Equal(expected, ConversationInstallation.KindOf(type, isGroup));
    }
}
