using System.Text.RegularExpressions;
using System.Xml.Linq;
using TeamsMentor.Domain.Scheduling;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>Every UI text exists in bokmål and in English with the same placeholders, and every kind of wave has a name in both.</summary>
public sealed partial class ResourceTests
{
    private static Dictionary<string, string> Texts(string file) =>
        XDocument.Load(Path.Combine(RepoPaths.Root, "bot", "TeamsMentor.Bot", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    [Fact]
    public void BokmalAndEnglish_HaveTheSameTexts_WithTheSamePlaceholders()
    {
        var nb = Texts("BotText.resx");
        var en = Texts("BotText.en.resx");
        Assert.Empty(nb.Keys.Except(en.Keys, StringComparer.Ordinal)); // an English text missing falls back to bokmål unseen
        Assert.Empty(en.Keys.Except(nb.Keys, StringComparer.Ordinal));
        var differ = nb.Keys.Where(k => !Placeholders(nb[k]).SetEquals(Placeholders(en[k]))).ToList();
        Assert.Empty(differ);
    }

    [Fact]
    public void EveryWaveKind_HasANameInBothLanguages()
    {
        var kinds = Enum.GetNames<PromptKind>().Concat(["StatusNudge", "OpenScreenInvite"]); // the waves made on demand
        foreach (var file in new[] { "BotText.resx", "BotText.en.resx" })
        {
            var texts = Texts(file);
            Assert.All(kinds, kind => Assert.True(texts.ContainsKey("Wave_" + kind), $"{file} has no Wave_{kind}"));
        }
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
