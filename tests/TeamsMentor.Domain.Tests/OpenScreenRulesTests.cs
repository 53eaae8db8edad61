using TeamsMentor.Domain.OpenScreen;
using static TeamsMentor.Domain.Tests.SamplePlan;

namespace TeamsMentor.Domain.Tests;

public sealed class OpenScreenRulesTests
{
    private static readonly DateTimeOffset Now = Local(2023, 3, 1, 12);

    private static Dictionary<string, string?> Form(string? date = "2023-03-08", string? time = "14:00", string? duration = "60", string? topic = "Rekruttering av mentorer",
        string? teams = null, string? joinUrl = null, string? description = null) => new()
        {
            ["date"] = date, ["time"] = time, ["duration"] = duration, ["topic"] = topic, ["teams"] = teams, ["joinUrl"] = joinUrl, ["description"] = description,
        };

    [Fact]
    public void Parse_ValidForm_StartInOsloAndAllTeamsAsEmpty()
    {
        var (draft, issues) = OpenScreenRules.Parse(Create(), Form(teams: "tromso-sone-1,dyroy"), Now, joinUrlRequired: false);

        Assert.Empty(issues);
        Assert.NotNull(draft);
        Assert.Equal(new DateTimeOffset(2023, 3, 8, 14, 0, 0, TimeSpan.FromHours(1)), draft.Start);
        Assert.Equal(60, draft.DurationMinutes);
        Assert.Empty(draft.TeamIds); // all teams chosen = everyone, also teams added later
        Assert.Null(draft.JoinUrl);
    }

    [Fact]
    public void Parse_SummerTime_OffsetTwoHours()
    {
        var (draft, _) = OpenScreenRules.Parse(Create(), Form(date: "2023-04-20", time: "09:30"), Now, false);
        Assert.Equal(new DateTimeOffset(2023, 4, 20, 7, 30, 0, TimeSpan.Zero), draft!.Start.ToUniversalTime());
    }

    [Fact]
    public void Parse_SomeTeams_Kept()
    {
        var (draft, issues) = OpenScreenRules.Parse(Create(), Form(teams: "dyroy"), Now, false);
        Assert.Empty(issues);
        Assert.Equal(["dyroy"], draft!.TeamIds);
    }

    [Theory]
    [InlineData("2023-03-01", "11:59", "date", OpenScreenIssue.InPast)]
    [InlineData("2024-03-08", "14:00", "date", OpenScreenIssue.TooFar)]
    [InlineData("8.3.2023", "14:00", "date", OpenScreenIssue.Invalid)]
    [InlineData(null, "14:00", "date", OpenScreenIssue.Required)]
    [InlineData("2023-03-08", "25:00", "time", OpenScreenIssue.Invalid)]
    [InlineData("2023-03-08", " ", "time", OpenScreenIssue.Required)]
    public void Parse_BadDateOrTime_Named(string? date, string? time, string field, string code)
    {
        var (draft, issues) = OpenScreenRules.Parse(Create(), Form(date: date, time: time), Now, false);
        Assert.Null(draft);
        Assert.Equal(new OpenScreenIssue(field, code), Assert.Single(issues));
    }

    [Theory]
    [InlineData("14", OpenScreenIssue.OutOfRange)]
    [InlineData("241", OpenScreenIssue.OutOfRange)]
    [InlineData("45.5", OpenScreenIssue.Invalid)]
    [InlineData("en time", OpenScreenIssue.Invalid)]
    public void Parse_BadDuration_Named(string duration, string code)
    {
        var (_, issues) = OpenScreenRules.Parse(Create(), Form(duration: duration), Now, false);
        Assert.Equal(new OpenScreenIssue("duration", code), Assert.Single(issues));
    }

    [Theory]
    [InlineData("15", 15)]
    [InlineData("240", 240)]
    [InlineData("90.0", 90)]
    [InlineData(null, 60)]
    public void Parse_Duration_BoundsAndDefault(string? duration, int expected)
    {
        var (draft, issues) = OpenScreenRules.Parse(Create(), Form(duration: duration), Now, false);
        Assert.Empty(issues);
        Assert.Equal(expected, draft!.DurationMinutes);
    }

    [Fact]
    public void Parse_EverythingWrong_EveryFieldNamed()
    {
        var (draft, issues) = OpenScreenRules.Parse(Create(), Form(date: "x", time: null, duration: "0", topic: " ", teams: "oslo", joinUrl: "https://zoom.us/j/1",
            description: new string('a', 1001)), Now, false);
        Assert.Null(draft);
        Assert.Equal(["date", "time", "duration", "topic", "description", "teams", "joinUrl"], issues.Select(i => i.Field));
    }

    [Fact]
    public void Parse_JoinUrlRequired_MissingNamed()
    {
        var (_, issues) = OpenScreenRules.Parse(Create(), Form(), Now, joinUrlRequired: true);
        Assert.Equal(new OpenScreenIssue("joinUrl", OpenScreenIssue.Required), Assert.Single(issues));
    }

    [Theory]
    [InlineData("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0", true)]
    [InlineData("https://teams.live.com/meet/9312345", true)]
    [InlineData("https://gov.teams.microsoft.us/l/meetup-join/x", true)]
    [InlineData("http://teams.microsoft.com/l/meetup-join/x", false)]
    [InlineData("https://teams.microsoft.com.evil.example/l/x", false)]
    [InlineData("https://user@teams.microsoft.com/l/x", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("teams.microsoft.com/l/x", false)]
    public void IsTeamsJoinUrl_OnlyHttpsTeamsHosts(string url, bool expected) => Assert.Equal(expected, OpenScreenRules.IsTeamsJoinUrl(url));

    [Fact]
    public void RsvpCounts_CountsEachChoice()
    {
        var at = Now;
        var counts = RsvpCounts.From([new("a", "per", RsvpChoice.Yes, at), new("b", "siri", RsvpChoice.Yes, at), new("c", "ola", RsvpChoice.No, at), new("d", "x", RsvpChoice.Maybe, at)]);
        Assert.Equal(new RsvpCounts(2, 1, 1), counts);
    }
}
