using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Telemetry;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// <c>adaptiveCard/action</c> invokes (Universal Actions): the verb is looked up among the registered
/// <see cref="ICardAction"/>s. Malformed values get BadRequest, other action types NotSupported (as BBD answers), an
/// unknown verb a BadRequest with the refusal text; each action validates its own data because card payloads can be forged.
/// </summary>
public sealed class CardActionRouter(CardActionRegistry registry, IServiceProvider services, BotText text, PersonLanguage language, TimeProvider time,
    ILogger<CardActionRouter> logger)
{
    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!AdaptiveCardInvokeValue.TryParse(turn.Activity.Value, out var action, out var error))
        {
            return error;
        }

        // An anonymous answer's turn leaves nothing behind: the request's and the turn's spans are dropped, and nothing
        // below (the language lookup, the Table writes) is traced, so its timing cannot be told from other turns.
        var type = registry.Find(action.Verb);
        var untraced = type is not null && registry.IsUntraced(type);
        using var quiet = untraced ? AppTelemetry.Unrecorded() : null;
        var culture = await language.ForAsync(turn.Activity, cancellationToken);
        if (type is null)
        {
            return InvokeResponse.Error(400, "BadRequest", text.Get("Card_ActionUnknown", culture));
        }

        var handler = (ICardAction)services.GetRequiredService(type);
        var t = new CardText(text, culture);
        using var budget = new CancellationTokenSource(registry.BudgetOf(type), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        using var span = untraced ? null : AppTelemetry.StartCardAction(action.Verb);
        try
        {
            return await handler.HandleAsync(new CardActionContext(turn, action, t), linked.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested
            && (ex is StorageUnavailableException || (ex is OperationCanceledException && budget.IsCancellationRequested)))
        {
            // Storage did not answer in time: say so while Teams still waits, instead of its "something went wrong" later.
            ConversationLog.ActionNotConfirmed(logger, action.Verb, ex.GetType().Name);
            return InvokeResponse.Card(NoticeCard.Build(t["Card_NotConfirmed_Title"], t["Card_NotConfirmed"]));
        }
    }
}
