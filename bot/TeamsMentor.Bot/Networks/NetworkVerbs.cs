namespace TeamsMentor.Bot.Networks;

/// <summary>The verbs of the link and role cards. Never rename one in use: posted cards carry them.</summary>
public static class NetworkVerbs
{
    /// <summary>Link the channel to the team chosen in the card's <c>team</c> input (<c>network/team</c>). Organizers only.</summary>
    public const string TeamLink = "team.link";

    /// <summary>Save who the sender is and their roles (<see cref="RoleCardData"/>, the <c>member</c> and <c>roles</c> inputs).</summary>
    public const string MemberRole = "member.role";
}
