using TeamsMentor.Bot.Reports;

namespace TeamsMentor.Bot.Tests;

/// <summary>The overview's "complete" mark: bound to the report's network, team, gathering and version, and to the key.</summary>
public sealed class ReportSealTests
{
    private static readonly ReportSeal Seal = new([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);

    [Fact]
    public void Mark_MatchesOnlyItsOwnReportAndVersion()
    {
        var mark = Seal.Complete("nord", "senja", 3, "W/\"1\"");

        Assert.True(Seal.IsComplete(mark, "nord", "senja", 3, "W/\"1\""));
        Assert.False(Seal.IsComplete(mark, "nord", "senja", 3, "W/\"2\"")); // saved since
        Assert.False(Seal.IsComplete(mark, "nord", "dyroy", 3, "W/\"1\""));
        Assert.False(Seal.IsComplete(mark, "nord", "senja", 4, "W/\"1\""));
        Assert.False(Seal.IsComplete(mark, "viken", "senja", 3, "W/\"1\""));
        Assert.False(new ReportSeal(new byte[32]).IsComplete(mark, "nord", "senja", 3, "W/\"1\"")); // another key
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("zz")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg")]
    public void Forged_OrEmpty_IsNotComplete(string? mark) => Assert.False(Seal.IsComplete(mark, "nord", "senja", 3, "W/\"1\""));

    [Fact]
    public void NoVersion_IsNeverComplete() => Assert.False(Seal.IsComplete(Seal.Complete("nord", "senja", 3, ""), "nord", "senja", 3, null));
}
