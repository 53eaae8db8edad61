namespace TeamsMentor.Domain.OpenScreen;

/// <summary>Something wrong with a scheduling form as typed: the field it concerns and a code the card words.</summary>
public sealed record OpenScreenIssue(string Field, string Code)
{
    public const string Required = "required";
    public const string Invalid = "invalid";
    public const string InPast = "inPast";
    public const string TooFar = "tooFar";
    public const string OutOfRange = "outOfRange";
    public const string TooLong = "tooLong";
    public const string UnknownTeam = "unknownTeam";
    public const string NotTeamsLink = "notTeamsLink";
}
