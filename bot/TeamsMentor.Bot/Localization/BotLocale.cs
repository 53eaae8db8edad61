using System.Globalization;

namespace TeamsMentor.Bot.Localization;

/// <summary>
/// The two UI languages: Norwegian bokmål first, English second. English is chosen only for an English locale;
/// every other locale (nb, nn, no, unknown, missing) gets bokmål, the product's language.
/// </summary>
public static class BotLocale
{
    public static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo From(string? locale) =>
        locale is not null && (locale.Equals("en", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("en-", StringComparison.OrdinalIgnoreCase))
            ? English
            : Norwegian;

    public static bool IsEnglish(CultureInfo culture) =>
        culture?.TwoLetterISOLanguageName == "en";
}
