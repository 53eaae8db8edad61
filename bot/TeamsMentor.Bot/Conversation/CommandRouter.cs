using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// Text commands and <c>Action.Submit</c> card submissions (a message with a <c>value</c> and no text, routed apart
/// from chat text). The message is looked up among the registered <see cref="ITextCommand"/>s; anything not understood
/// gets the help card.
/// </summary>
public sealed class CommandRouter(CommandRegistry registry, IServiceProvider services, HelpCard helpCard, BotText text, PersonLanguage language, ILogger<CommandRouter> logger)
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var culture = await language.ForAsync(activity, cancellationToken);

        if (activity.Value is not null && string.IsNullOrWhiteSpace(activity.Text))
        {
            await OnCardSubmitAsync(turn, culture, cancellationToken);
            return;
        }

        var card = registry.Find(MessageText.Normalize(activity)) is { } type
            ? await ((ITextCommand)services.GetRequiredService(type)).AnswerAsync(new CommandContext(turn, new CardText(text, culture)), cancellationToken)
            : helpCard.Build(culture, HelpCard.Reason.NotUnderstood);
        var reply = activity.CreateReply();
        reply.Attachments = [Attachment.AdaptiveCard(card)];
        await SendAsync(turn, reply, cancellationToken);
    }

    /// <summary>Card submissions. No card in this version uses Action.Submit, so any submission comes from an outdated card.</summary>
    private async Task OnCardSubmitAsync(TurnContext turn, System.Globalization.CultureInfo culture, CancellationToken cancellationToken)
    {
        ConversationLog.UnknownSubmission(logger);
        var reply = turn.Activity.CreateReply(text.Get("Card_SubmitNotRecognized", culture));
        await SendAsync(turn, reply, cancellationToken);
    }

    private async Task SendAsync(TurnContext turn, Activity reply, CancellationToken cancellationToken)
    {
        var result = await turn.ReplyAsync(reply, cancellationToken);
        if (!result.IsSuccess)
        {
            ConversationLog.ReplyNotSent(logger, result.Outcome, result.ErrorCode ?? "-");
        }
    }
}
