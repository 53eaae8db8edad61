using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// <c>adaptiveCard/action</c> invokes (Universal Actions): the verb is looked up among the registered
/// <see cref="ICardAction"/>s. Malformed values get BadRequest, other action types NotSupported (as BBD answers), an
/// unknown verb a BadRequest with the refusal text; each action validates its own data because card payloads can be forged.
/// </summary>
public sealed class CardActionRouter(CardActionRegistry registry, IServiceProvider services, BotText text)
{
    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!AdaptiveCardInvokeValue.TryParse(turn.Activity.Value, out var action, out var error))
        {
            return error;
        }

        var culture = BotLocale.From(turn.Activity.Locale);
        if (registry.Find(action.Verb) is not { } type)
        {
            return InvokeResponse.Error(400, "BadRequest", text.Get("Card_ActionUnknown", culture));
        }

        var handler = (ICardAction)services.GetRequiredService(type);
        return await handler.HandleAsync(new CardActionContext(turn, action, new CardText(text, culture)), cancellationToken);
    }
}
