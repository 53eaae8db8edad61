namespace TeamsMentor.Bot.Cards;

/// <summary>The <c>Action.Execute</c> verbs the bot answers. A verb is part of a card's contract: never rename one in use.</summary>
public static class CardVerbs
{
    /// <summary>Re-render the help card in the locale given in <c>data.locale</c>.</summary>
    public const string HelpLanguage = "help.language";

    /// <summary>Link the channel to <c>data.team</c> (<c>network/team</c>). Organizers only.</summary>
    public const string TeamLink = "team.link";

    /// <summary>Save who the sender is and their roles (<c>data.network</c>, <c>data.team</c>, <c>data.member</c>, <c>data.roles</c>).</summary>
    public const string MemberRole = "member.role";
}
