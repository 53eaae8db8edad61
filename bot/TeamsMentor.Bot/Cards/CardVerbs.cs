namespace TeamsMentor.Bot.Cards;

/// <summary>The <c>Action.Execute</c> verbs the bot answers. A verb is part of a card's contract: never rename one in use.</summary>
public static class CardVerbs
{
    /// <summary>Re-render the help card in the locale given in <c>data.locale</c>.</summary>
    public const string HelpLanguage = "help.language";
}
