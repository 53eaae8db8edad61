using System.Text.Json.Nodes;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// No English server prose on a Norwegian screen: every problem the host answers carries a code, and the tab has a text
/// for every code in both languages (with the same named values), so it never falls back to the host's detail.
/// </summary>
public sealed class ProblemCodesTests
{
    private static JsonObject Locale(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tab", "src", "locales", name)))!.AsObject();

    [Fact]
    public void EveryCode_HasATextInBokmalAndEnglish_WithTheSameValues()
    {
        var (nb, en) = (Locale("nb-NO.json"), Locale("en.json"));
        Assert.NotEmpty(ProblemCodes.All);
        Assert.Equal(ProblemCodes.All.Count, ProblemCodes.All.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count());
        foreach (var code in ProblemCodes.All)
        {
            var key = "problem." + code.Value;
            Assert.True(nb.ContainsKey(key), $"nb-NO.json has no {key}");
            Assert.True(en.ContainsKey(key), $"en.json has no {key}");
            static string[] Names(string text) => [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{(\w+)\}").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
            Assert.Equal(Names((string)nb[key]!), Names((string)en[key]!));
        }
    }

    [Fact]
    public void TheTabsLocaleFiles_HaveTheSameKeys()
    {
        var (nb, en) = (Locale("nb-NO.json"), Locale("en.json"));
        Assert.Equal(nb.Select(p => p.Key).Order(StringComparer.Ordinal), en.Select(p => p.Key).Order(StringComparer.Ordinal));
    }
}
