using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Networks;
using TeamsMentor.Bot.OpenScreen;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Protocol.Hosting;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Conversation;

/// <summary>
/// <c>adaptiveCard/action</c> invokes (Universal Actions). Malformed values get BadRequest, other action types
/// NotSupported (as BBD answers); each verb validates its own data because card payloads can be forged.
/// </summary>
public sealed class CardActionRouter(HelpCard helpCard, BotText text, LinkAction link, RoleAction role, ReportAction report, EvaluationAction evaluation,
    OpenScreenAction openScreen, TeamCommands commands)
{
    public async Task<InvokeResponse?> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!AdaptiveCardInvokeValue.TryParse(turn.Activity.Value, out var action, out var error))
        {
            return error;
        }

        var culture = BotLocale.From(turn.Activity.Locale);
        return action.Verb switch
        {
            CardVerbs.HelpLanguage => SwitchHelpLanguage(action),
            CardVerbs.TeamLink => await link.HandleAsync(turn, action, commands.For(turn.Activity), cancellationToken),
            CardVerbs.MemberRole => await role.HandleAsync(turn, action, commands.For(turn.Activity), cancellationToken),
            CardVerbs.ReportOpen or CardVerbs.ReportSave or CardVerbs.ReportSubmit or CardVerbs.ReportReopen =>
                await report.HandleAsync(turn, action, commands.For(turn.Activity), cancellationToken),
            CardVerbs.EvaluationOpen or CardVerbs.EvaluationSubmit => await evaluation.HandleAsync(turn, action, commands.For(turn.Activity), cancellationToken),
            CardVerbs.OpenScreenForm or CardVerbs.OpenScreenSchedule or CardVerbs.OpenScreenEdit or CardVerbs.OpenScreenManage or CardVerbs.OpenScreenCancel or CardVerbs.OpenScreenRsvp
                or CardVerbs.OpenScreenView => await openScreen.HandleAsync(turn, action, commands.For(turn.Activity), cancellationToken),
            _ => InvokeResponse.Error(400, "BadRequest", text.Get("Card_ActionUnknown", culture)),
        };
    }

    private InvokeResponse SwitchHelpLanguage(AdaptiveCardInvokeValue action)
    {
        var locale = action.DataString("locale");
        if (locale is not ("nb-NO" or "en-US"))
        {
            return InvokeResponse.Error(400, "BadRequest", text.Get("Card_ActionInvalid", BotLocale.Norwegian));
        }

        return InvokeResponse.Card(helpCard.Build(BotLocale.From(locale)));
    }
}
