using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.Cards;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>Every card the bot can send, in both languages, through the real adaptivecards parser: zero events, under 40 KB.</summary>
public sealed class CardValidationTests
{
    public const int MaxCardBytes = 40 * 1024;

    public static IEnumerable<(string Name, JsonObject Card)> AllCards()
    {
        var help = new HelpCard(new BotText());
        foreach (var culture in new[] { BotLocale.Norwegian, BotLocale.English })
        {
            foreach (var reason in Enum.GetValues<HelpCard.Reason>())
            {
                yield return ($"help/{culture.Name}/{reason}", help.Build(culture, reason));
            }
        }
    }

    [Fact]
    public async Task AllCards_RealParser_NoEventsAndUnderSizeLimit()
    {
        var cards = AllCards().ToList();
        var results = await CardValidator.ValidateAsync(cards);

        Assert.Equal(cards.Count, results.Count);
        Assert.All(results, r =>
        {
            Assert.True(r.Issues.Count == 0, r.Name + ": " + string.Join("; ", r.Issues));
            Assert.True(r.Bytes < MaxCardBytes, $"{r.Name} is {r.Bytes} bytes");
        });
    }

    [Fact]
    public async Task Validator_BrokenCard_Reported()
    {
        var broken = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.6",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock" }, new JsonObject { ["type"] = "NoSuchElement" }),
        };

        var result = Assert.Single(await CardValidator.ValidateAsync([("broken", broken)]));

        Assert.Equal(3, result.Issues.Count);
    }

    [Fact]
    public void AllCards_Version15WithSchema()
    {
        Assert.All(AllCards(), c =>
        {
            Assert.Equal("1.5", (string?)c.Card["version"]);
            Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)c.Card["$schema"]);
        });
    }

    [Fact]
    public void BotText_EveryKeyInBothLanguages_Differs()
    {
        var text = new BotText();
        foreach (var key in new[] { "Help_Intro", "Help_Subtitle", "Help_SwitchLanguage", "Card_SubmitNotRecognized" })
        {
            Assert.NotEqual(text.Get(key, BotLocale.Norwegian), text.Get(key, CultureInfo.GetCultureInfo("en-US")));
        }
    }
}
