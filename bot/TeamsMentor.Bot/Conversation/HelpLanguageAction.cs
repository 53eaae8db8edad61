using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// <c>help.language</c>: the person's language for the bot (bokmål or English only), remembered for them from now on
/// (<see cref="PersonLanguage"/>), and the help card again in it, saying so.
/// </summary>
public sealed class HelpLanguageAction(HelpCard helpCard, BotText text, PersonLanguage language) : ICardAction
{
    public static IReadOnlyList<string> Verbs { get; } = [HelpCard.LanguageVerb];

    public async Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var locale = HelpLanguageData.Read(context.Action)?.Locale;
        if (locale is not ("nb-NO" or "en-US"))
        {
            return InvokeResponse.Error(400, "BadRequest", text.Get("Card_ActionInvalid", context.Text.Culture));
        }

        var activity = context.Activity;
        var remembered = false;
        if (activity.TenantId is { Length: > 0 } tenant && activity.From?.AadObjectId is { Length: > 0 } aad)
        {
            await language.ChooseAsync(tenant, aad, locale, cancellationToken);
            remembered = true;
        }

        return InvokeResponse.Card(helpCard.Build(BotLocale.From(locale), remembered ? HelpCard.Reason.LanguageChosen : HelpCard.Reason.Asked));
    }
}
