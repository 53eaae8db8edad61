namespace TeamsMentor.Bot.FollowUps;

/// <summary>The codes of a follow-up's field problems (the tab's texts: <c>issue.{code}</c>).</summary>
public static class FollowUpIssueCodes
{
    public const string UnknownTeam = "followUp.unknownTeam";
    public const string ChooseMode = "followUp.chooseMode";
    public const string NotInAPeriod = "followUp.notInAPeriod";
    public const string MustBeAhead = "followUp.mustBeAhead";
    public const string MustBePast = "followUp.mustBePast";
    public const string Duration = "followUp.duration";
    public const string JoinUrl = "followUp.joinUrl";
    public const string NotesTooLong = "followUp.notesTooLong";
    public const string ChooseAction = "followUp.chooseAction";
    public const string NotYetHeld = "followUp.notYetHeld";

    /// <summary>Every code above.</summary>
    public static IReadOnlyList<string> All { get; } =
        [.. typeof(FollowUpIssueCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];
}
