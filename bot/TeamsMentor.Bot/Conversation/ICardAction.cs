using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// The answer to one family of <c>Action.Execute</c> verbs (<c>adaptiveCard/action</c> invokes). The action names its
/// verbs itself; <see cref="ConversationServiceCollectionExtensions.AddCardAction{T}"/> reads them, and the
/// <see cref="CardActionRouter"/> looks a verb up instead of switching over it. Card data can be forged: every action
/// checks what it reads (who sends it, from where, about what).
/// </summary>
public interface ICardAction
{
    /// <summary>The verbs this action answers. A verb is part of the contract of cards already posted: never rename one in use.</summary>
    static abstract IReadOnlyList<string> Verbs { get; }

    /// <summary>
    /// How long the action may take before the sender gets "could not confirm, try again" instead (Teams gives up on an
    /// invoke after about 15 s and shows its own error). Storage-bound actions keep the default; one that waits on
    /// Microsoft Graph may take longer.
    /// </summary>
    static virtual TimeSpan Budget => CardActionRegistry.DefaultBudget;

    /// <summary>
    /// The action handles anonymous answers: it is not traced at all, not even its Table calls (the timing of a span
    /// could link an answer to the person whose turn it was).
    /// </summary>
    static virtual bool Untraced => false;

    Task<InvokeResponse> HandleAsync(CardActionContext context, CancellationToken cancellationToken);
}
