using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary><c>help.language</c>: the help card again in the language the card's button names (bokmål or English only).</summary>
public sealed class HelpLanguageAction(HelpCard helpCard, BotText text) : ICardAction
{
    public static IReadOnlyList<string> Verbs { get; } = [HelpCard.LanguageVerb];

    public Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var locale = HelpLanguageData.Read(context.Action)?.Locale;
        return Task.FromResult(locale is not ("nb-NO" or "en-US")
            ? InvokeResponse.Error(400, "BadRequest", text.Get("Card_ActionInvalid", BotLocale.Norwegian))
            : InvokeResponse.Card(helpCard.Build(BotLocale.From(locale))));
    }
}
