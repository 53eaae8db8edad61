using System.Text.Json.Nodes;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.CardKit;

/// <summary>The help card's language button: the locale to show the card in.</summary>
public sealed record HelpLanguageData(string Locale) : ICardData<HelpLanguageData>
{
    private const string LocaleField = "locale";

    public JsonObject ToJson() => new() { [LocaleField] = Locale };

    public static HelpLanguageData? Read(AdaptiveCardInvokeValue action) =>
        action?.DataString(LocaleField) is { } locale ? new HelpLanguageData(locale) : null;
}
