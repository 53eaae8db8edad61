using System.Globalization;
using System.Resources;

namespace TeamsMentor.Bot.Localization;

/// <summary>The bot's UI strings from <c>Resources/BotText.resx</c> (bokmål, neutral) and <c>BotText.en.resx</c>.</summary>
public sealed class BotText
{
    private static readonly ResourceManager Resources =
        new("TeamsMentor.Bot.Resources.BotText", typeof(BotText).Assembly);

    /// <summary>The string <paramref name="name"/> in <paramref name="culture"/>; a missing key is a bug and throws.</summary>
    public string Get(string name, CultureInfo culture) =>
        Resources.GetString(name, culture) ?? throw new InvalidOperationException($"Missing UI text '{name}'.");

    /// <summary>The string <paramref name="name"/> in <paramref name="culture"/>, or null when there is no such text.</summary>
    public string? Find(string name, CultureInfo culture) => Resources.GetString(name, culture);

    public string Format(string name, CultureInfo culture, params object[] args) =>
        string.Format(culture, Get(name, culture), args);
}
