using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Tests;

/// <summary>What an evaluation asks, when it is open, how typed values are read, and the keys that stand in for a person.</summary>
public sealed class EvaluationRulesTests
{
    private static readonly IReadOnlyList<EvaluationItem> Items =
    [
        new() { Id = "motivasjon", Kind = EvaluationItemKind.Likert, TextNb = "Motivasjon", Stable = true },
        new() { Id = "innhold", Kind = EvaluationItemKind.Rating, TextNb = "Innhold", Stable = true },
        new() { Id = "tidsbruk", Kind = EvaluationItemKind.Hours, TextNb = "Timer", Stable = true },
        new() { Id = "mest-nyttig", Kind = EvaluationItemKind.Text, TextNb = "Mest nyttig", Stable = true },
        new() { Id = "metoden", Kind = EvaluationItemKind.Likert, TextNb = "Metoden", Gatherings = [1] },
    ];

    private static Dictionary<string, string?> Typed(params (string Item, string? Value)[] values) =>
        values.ToDictionary(v => EvaluationRules.InputId(v.Item), v => v.Value);

    [Fact]
    public void ItemsAt_Gathering_GivesStableItemsAndThatGatheringsOwn()
    {
        var plan = SamplePlan.Create() with { EvaluationItems = Items };

        Assert.Equal(["motivasjon", "innhold", "tidsbruk", "mest-nyttig", "metoden"], EvaluationRules.ItemsAt(plan, 1).Select(i => i.Id));
        Assert.Equal(["motivasjon", "innhold", "tidsbruk", "mest-nyttig"], EvaluationRules.ItemsAt(plan, 2).Select(i => i.Id));
    }

    [Fact]
    public void IsOpen_FromTheGatheringsEndForSevenDays()
    {
        var plan = SamplePlan.Create();
        var third = plan.Gatherings[2]; // ends 27 April 2023 13:00

        Assert.False(EvaluationRules.IsOpen(plan.Network, third, SamplePlan.Local(2023, 4, 27, 12, 59)));
        Assert.True(EvaluationRules.IsOpen(plan.Network, third, SamplePlan.Local(2023, 4, 27, 13)));
        Assert.True(EvaluationRules.IsOpen(plan.Network, third, SamplePlan.Local(2023, 5, 4, 12, 59)));
        Assert.False(EvaluationRules.IsOpen(plan.Network, third, SamplePlan.Local(2023, 5, 4, 13)));
    }

    [Fact]
    public void Parse_EveryKind_ReadsTheValues()
    {
        var (values, issues) = EvaluationRules.Parse(Items, Typed(("motivasjon", "dk"), ("innhold", "4"), ("tidsbruk", " 7,5 "), ("mest-nyttig", " Plakatvandringen "), ("metoden", "")));

        Assert.Empty(issues);
        Assert.True(values["motivasjon"].DontKnow);
        Assert.Equal(4, values["innhold"].Score);
        Assert.Equal(7.5m, values["tidsbruk"].Hours);
        Assert.Equal("Plakatvandringen", values["mest-nyttig"].Text);
        Assert.False(values.ContainsKey("metoden")); // blank: skipped
    }

    [Theory]
    [InlineData("motivasjon", "0", EvaluationIssue.OutOfRange)]
    [InlineData("motivasjon", "6", EvaluationIssue.OutOfRange)]
    [InlineData("motivasjon", "4.5", EvaluationIssue.OutOfRange)]
    [InlineData("innhold", "dk", EvaluationIssue.OutOfRange)] // "vet ikke" is for statements, not ratings
    [InlineData("tidsbruk", "-1", EvaluationIssue.OutOfRange)]
    [InlineData("tidsbruk", "501", EvaluationIssue.OutOfRange)]
    [InlineData("tidsbruk", "mange", EvaluationIssue.NotANumber)]
    public void Parse_ValueOutOfRange_IsRefusedAndNothingIsTaken(string item, string typed, string code)
    {
        var (values, issues) = EvaluationRules.Parse(Items, item == "innhold" ? Typed((item, typed)) : Typed((item, typed), ("innhold", "5")));

        Assert.Contains(new EvaluationIssue(item, code), issues);
        Assert.False(values.ContainsKey(item));
    }

    [Fact]
    public void Parse_TextTooLong_IsRefused()
    {
        var (_, issues) = EvaluationRules.Parse(Items, Typed(("mest-nyttig", new string('x', EvaluationRules.MaxTextLength + 1))));

        Assert.Equal([new EvaluationIssue("mest-nyttig", EvaluationIssue.TooLong)], issues);
    }

    [Fact]
    public void Parse_NothingAnswered_IsRefusedAsEmpty()
    {
        var (_, issues) = EvaluationRules.Parse(Items, Typed(("motivasjon", " "), ("elsewhere", "5")));

        Assert.Equal([new EvaluationIssue(null, EvaluationIssue.Empty)], issues);
    }

    [Fact]
    public void Parse_InputForAnItemNotAsked_IsIgnored()
    {
        var (values, issues) = EvaluationRules.Parse(Items.Take(1).ToList(), Typed(("motivasjon", "3"), ("metoden", "5")));

        Assert.Empty(issues);
        Assert.Equal(["motivasjon"], values.Keys);
    }

    [Fact]
    public void RespondentKeys_AreStablePerPersonAndGatheringAndUnlinkable()
    {
        var keys = new RespondentKeys([.. Enumerable.Range(0, 32).Select(i => (byte)i)]);
        var other = new RespondentKeys([.. Enumerable.Range(1, 32).Select(i => (byte)i)]);
        const string Aad = "5A0C6C0E-1111-4F00-9D00-000000000021";

        Assert.Equal(keys.AnswerKey("nord", 3, Aad), keys.AnswerKey("nord", 3, Aad.ToLowerInvariant())); // case of the id does not matter
        Assert.NotEqual(keys.AnswerKey("nord", 3, Aad), keys.AnswerKey("nord", 4, Aad)); // gatherings cannot be linked
        Assert.NotEqual(keys.AnswerKey("nord", 3, Aad), keys.PendingKey("nord", 3, Aad)); // nor the marker to the answer
        Assert.NotEqual(keys.AnswerKey("nord", 3, Aad), other.AnswerKey("nord", 3, Aad)); // another secret, other keys
        Assert.DoesNotContain(Aad.ToLowerInvariant(), keys.AnswerKey("nord", 3, Aad), StringComparison.Ordinal);
        Assert.Equal(64, keys.AnswerKey("nord", 3, Aad).Length);
        Assert.Throws<ArgumentException>(() => new RespondentKeys(new byte[16]));
    }
}
