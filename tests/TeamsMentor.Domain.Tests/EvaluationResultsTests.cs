using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Tests;

/// <summary>The statistics, the trend across gatherings, and the small-group rule (no group of fewer than 3 shown, not even by subtraction).</summary>
public sealed class EvaluationResultsTests
{
    private static readonly NetworkPlan Plan = SamplePlan.Create() with
    {
        Network = SamplePlan.Create().Network with
        {
            Municipalities = [new Municipality("tromso", "Tromsø"), new Municipality("senja", "Senja"), new Municipality("dyroy", "Dyrøy")],
        },
        EvaluationItems =
        [
            new EvaluationItem { Id = "motivasjon", Kind = EvaluationItemKind.Likert, TextNb = "Motivasjon", Stable = true },
            new EvaluationItem { Id = "tidsbruk", Kind = EvaluationItemKind.Hours, TextNb = "Timer", Stable = true },
            new EvaluationItem { Id = "mest-nyttig", Kind = EvaluationItemKind.Text, TextNb = "Mest nyttig", Stable = true },
            new EvaluationItem { Id = "metoden", Kind = EvaluationItemKind.Likert, TextNb = "Metoden", Gatherings = [1] },
        ],
    };

    private static EvaluationAnswer A(int gathering, string municipality, int? motivation, decimal? hours = null, string? text = null)
    {
        var values = new Dictionary<string, EvaluationValue>();
        if (motivation is { } m)
        {
            values["motivasjon"] = m == 0 ? EvaluationValue.Unknown : EvaluationValue.OfScore(m);
        }

        if (hours is { } h)
        {
            values["tidsbruk"] = EvaluationValue.OfHours(h);
        }

        if (text is not null)
        {
            values["mest-nyttig"] = EvaluationValue.OfText(text);
        }

        return new EvaluationAnswer { Gathering = gathering, MunicipalityId = municipality, Values = values };
    }

    [Fact]
    public void Statistics_CountsEachScoreDontKnowAndTheMeanOfScoresOnly()
    {
        var stats = EvaluationResults.Statistics(Plan.EvaluationItems[0], [A(1, "tromso", 5), A(1, "tromso", 4), A(1, "tromso", 4), A(1, "senja", 0), A(1, "senja", null)]);

        Assert.Equal(4, stats.N); // three scores and one "vet ikke"; the fifth skipped the item
        Assert.Equal([0, 0, 0, 2, 1], stats.Counts);
        Assert.Equal(1, stats.DontKnow);
        Assert.Equal(4.33m, stats.Mean);
    }

    [Fact]
    public void Statistics_Hours_GiveTheMeanAndNoDistribution()
    {
        var stats = EvaluationResults.Statistics(Plan.EvaluationItems[1], [A(1, "tromso", null, 2), A(1, "tromso", null, 3.5m), A(1, "senja", 4)]);

        Assert.Equal(2, stats.N);
        Assert.Empty(stats.Counts);
        Assert.Equal(2.8m, stats.Mean); // 2.75 rounded to one decimal, away from zero
    }

    [Theory]
    [InlineData(new[] { 5, 4, 0 }, new string[0])] // nobody from Dyrøy: nothing to hide
    [InlineData(new[] { 5, 4, 2 }, new[] { "c", "b" })] // Dyrøy's 2 could be read off the total: the next smallest goes too
    [InlineData(new[] { 5, 1, 2 }, new[] { "b", "c" })] // two small groups hold 3 between them: enough
    [InlineData(new[] { 5, 4, 3 }, new string[0])]
    [InlineData(new[] { 1, 0, 0 }, new[] { "a" })]
    public void SmallGroups_SuppressesSmallGroupsAndWhatWouldRevealThem(int[] sizes, string[] expected)
    {
        var groups = new Dictionary<string, int> { ["a"] = sizes[0], ["b"] = sizes[1], ["c"] = sizes[2] };

        Assert.Equal(expected.Order(), SmallGroups.Suppressed(groups).Order());
    }

    [Fact]
    public void ForGathering_SmallMunicipality_IsSuppressedTogetherWithTheNextSmallest()
    {
        var answers = new[] { 5, 4, 4, 5, 3 }.Select(s => A(1, "tromso", s))
            .Concat(new[] { 3, 3, 4 }.Select(s => A(1, "senja", s)))
            .Append(A(1, "dyroy", 1))
            .ToList();

        var result = EvaluationResults.ForGathering(Plan, 1, answers, invited: 12);
        var motivation = result.Items.Single(i => i.ItemId == "motivasjon");

        Assert.False(result.Suppressed);
        Assert.Equal((9, 12), (result.Respondents, result.Invited));
        Assert.Equal(9, motivation.Network!.N);
        Assert.Equal(4.2m, motivation.Municipalities.Single(m => m.MunicipalityId == "tromso").Statistics!.Mean);
        Assert.All(motivation.Municipalities.Where(m => m.MunicipalityId != "tromso"), m => Assert.True(m.Suppressed && m.Statistics is null));
    }

    [Fact]
    public void ForGathering_FewerThanThreeInAll_ShowsNothingButTheCount()
    {
        var result = EvaluationResults.ForGathering(Plan, 1, [A(1, "tromso", 5, text: "Alt"), A(1, "senja", 1)], invited: null);

        Assert.True(result.Suppressed);
        Assert.Equal((2, 3), (result.Respondents, result.Invited)); // invited unknown: the plan's members
        Assert.Empty(result.Items);
        Assert.Empty(result.Texts);
    }

    [Fact]
    public void ForGathering_Texts_AreSortedNotInTheOrderTheyCame()
    {
        var result = EvaluationResults.ForGathering(Plan, 1, [A(1, "tromso", 5, text: "Øvelsene"), A(1, "tromso", 4, text: "Alt"), A(1, "senja", 3)], null);

        Assert.Equal(["Alt", "Øvelsene"], result.Texts["mest-nyttig"]);
        Assert.Contains(result.Items, i => i.ItemId == "metoden"); // gathering 1's own item is there
    }

    [Fact]
    public void Trends_FollowStableItemsAcrossOpenedGatheringsWithGapsForSmallGroups()
    {
        var answers = new List<EvaluationAnswer>();
        answers.AddRange(new[] { 3, 3, 4 }.Select(s => A(1, "tromso", s, 2)));
        answers.AddRange(new[] { 1, 2 }.Select(s => A(1, "senja", s)));
        answers.AddRange(new[] { 4, 5, 5 }.Select(s => A(2, "tromso", s)));
        answers.AddRange(new[] { 4, 4, 3 }.Select(s => A(2, "senja", s)));

        // Gathering 3's evaluation has not opened (27 April 2023 13:00): it is not on the line yet.
        var trends = EvaluationResults.Trends(Plan, answers, SamplePlan.Local(2023, 4, 12, 9));
        var motivation = trends.Single(t => t.ItemId == "motivasjon");

        Assert.Equal(["motivasjon", "tidsbruk"], trends.Select(t => t.ItemId));
        Assert.Equal([new TrendPoint(1, 2.6m, 5), new TrendPoint(2, 4.17m, 6)], motivation.Network);
        Assert.Equal([null, 4.67m], motivation.Municipalities["tromso"].Select(p => p.Mean)); // Senja's 2 at gathering 1 would be revealed by subtraction
        Assert.Equal([null, 3.67m], motivation.Municipalities["senja"].Select(p => p.Mean));
        Assert.Equal([new TrendPoint(1, 2m, 3), new TrendPoint(2, null, 0)], trends.Single(t => t.ItemId == "tidsbruk").Network);
        Assert.Equal("motivasjon", EvaluationResults.TrendItem(Plan)!.Id);
    }

    [Fact]
    public void ForGathering_NetworkMinimumOfFive_FourAnswersInAGroupAreHidden_FiveShow()
    {
        var strict = Plan with { Network = Plan.Network with { SmallGroupMinimum = 5 } };
        List<EvaluationAnswer> answers =
        [
            .. Enumerable.Range(0, 6).Select(_ => A(1, "tromso", 4)), .. Enumerable.Range(0, 4).Select(_ => A(1, "senja", 2)), .. Enumerable.Range(0, 5).Select(_ => A(1, "dyroy", 3)),
        ];

        var result = EvaluationResults.ForGathering(strict, 1, answers, 12);
        var lenient = EvaluationResults.ForGathering(Plan, 1, answers, 12);

        var motivation = result.Items.Single(i => i.ItemId == "motivasjon");
        Assert.False(motivation.Municipalities.Single(m => m.MunicipalityId == "tromso").Suppressed);
        Assert.True(motivation.Municipalities.Single(m => m.MunicipalityId == "senja").Suppressed);
        Assert.False(lenient.Items.Single(i => i.ItemId == "motivasjon").Municipalities.Single(m => m.MunicipalityId == "senja").Suppressed);
        Assert.True(motivation.Municipalities.Single(m => m.MunicipalityId == "dyroy").Suppressed); // or senja's 4 could be had by subtraction
        Assert.Equal(["dyroy", "senja"], SmallGroups.Suppressed(new Dictionary<string, int> { ["tromso"] = 6, ["senja"] = 4, ["dyroy"] = 5 }, 5).Order());
    }
}
