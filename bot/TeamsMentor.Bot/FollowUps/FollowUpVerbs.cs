namespace TeamsMentor.Bot.FollowUps;

/// <summary>The follow-up invite card's verbs (<see cref="FollowUpCardData"/> on each). Never rename one in use: posted cards carry them.</summary>
public static class FollowUpVerbs
{
    /// <summary>The contact person says the time suits.</summary>
    public const string Accept = "followup.accept";

    /// <summary>The contact person proposes another time (the card's date and time inputs).</summary>
    public const string Propose = "followup.propose";
}
