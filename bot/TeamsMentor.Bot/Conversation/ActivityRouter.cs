using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Telemetry;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// Routes each activity to its handler by type, inside the turn's log scope (<see cref="TurnLogScope"/>). Unknown types
/// are ignored (spec A2014).
/// </summary>
public sealed class ActivityRouter(
    IConversationEvents installations,
    CommandRouter messages,
    CardActionRouter cardActions,
    BotText text,
    ILogger<ActivityRouter> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        using var scope = TurnLogScope.Begin(logger, activity);
        using var span = AppTelemetry.StartTurn(activity.Type, activity.Name);
        ConversationLog.Turn(logger, activity.Type ?? "-", activity.Name ?? "-");
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await messages.HandleAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate:
                await installations.OnConversationUpdateAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.InstallationUpdate:
                await installations.OnInstallationUpdateAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke when string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.Ordinal):
                return await cardActions.HandleAsync(turn, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>An invoke that failed unexpectedly: a short card in the sender's language instead of Teams' own error.</summary>
    public InvokeResponse? OnTurnFailed(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var t = new CardText(text, BotLocale.From(turn.Activity.Locale));
        return InvokeResponse.Card(NoticeCard.Build(t["Card_TurnFailed_Title"], t["Card_TurnFailed"]));
    }
}
