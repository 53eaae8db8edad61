using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.Localization;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.CardKit;

/// <summary>
/// What the app does and which commands it understands, in bokmål or English, with a language switch; and briefly what
/// it stores, with a link to the privacy page when the host's public address is known.
/// </summary>
public sealed class HelpCard(BotText text, Microsoft.Extensions.Options.IOptions<Hosting.AppOptions>? app = null)
{
    /// <summary>The language button's verb (<see cref="HelpLanguageData"/>).</summary>
    public const string LanguageVerb = "help.language";

    /// <summary>Why the card is shown: asked for, sent as a welcome (to a team, or to one person), after something not understood, or after the person chose its language.</summary>
    public enum Reason
    {
        Asked,
        Welcome,
        WelcomePersonal,
        NotUnderstood,
        LanguageChosen,
    }

    public JsonObject Build(CultureInfo culture, Reason reason = Reason.Asked)
    {
        string T(string name) => text.Get(name, culture);
        var intro = reason switch
        {
            Reason.Welcome => T("Help_Welcome"),
            Reason.WelcomePersonal => T("Help_WelcomePersonal"),
            Reason.NotUnderstood => T("Help_NotUnderstood"),
            Reason.LanguageChosen => T("Help_LanguageChosen") + " " + T("Help_Intro"),
            _ => T("Help_Intro"),
        };

        var body = new JsonArray(
            Text(T("Help_Title"), size: "Large", weight: "Bolder"),
            Text(T("Help_Subtitle"), subtle: true, spacing: "None"),
            Text(intro, spacing: "Medium"),
            Text("- " + T("Help_FeatureStatus") + "\n- " + T("Help_FeatureOpenScreen") + "\n- " + T("Help_FeatureEvaluation") + "\n- " + T("Help_FeaturePlan")),
            Text(T("Help_CommandsHeading"), weight: "Bolder", spacing: "Medium"),
            Facts(
            [
                (T("Help_CommandPlan"), T("Help_CommandPlanDescription")),
                (T("Help_CommandReport"), T("Help_CommandReportDescription")),
                (T("Help_CommandEvaluation"), T("Help_CommandEvaluationDescription")),
                (T("Help_CommandOpenEvaluation"), T("Help_CommandOpenEvaluationDescription")),
                (T("Help_CommandDelivery"), T("Help_CommandDeliveryDescription")),
                (T("Help_CommandOpenScreen"), T("Help_CommandOpenScreenDescription")),
                (T("Help_CommandRole"), T("Help_CommandRoleDescription")),
                (T("Help_CommandLink"), T("Help_CommandLinkDescription")),
                (T("Help_CommandHelp"), T("Help_CommandHelpDescription")),
            ]),
            Text(T("Help_Privacy"), subtle: true, spacing: "Medium"));

        var switchTo = T("Help_SwitchLanguageLocale");
        var actions = new JsonArray(
            Execute(T("Help_SwitchLanguage"), LanguageVerb, new HelpLanguageData(switchTo).ToJson()));
        if (app?.Value.Link("/tab/privacy.html") is { } privacy)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = T("Help_PrivacyLink"), ["url"] = privacy });
        }
        return Card(T("Help_Title") + ": " + intro, body, actions);
    }
}
