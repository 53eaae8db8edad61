namespace TeamsMentor.Domain.Reports;

/// <summary>
/// Something wrong with a status report as typed: the field it concerns (the card input's id, e.g. <c>mentors</c> or
/// <c>task.malinger.comment</c>) and a code the card turns into a text in the user's language.
/// </summary>
public sealed record ReportIssue(string Field, string Code)
{
    public const string Required = "required";
    public const string Negative = "negative";
    public const string TooLarge = "tooLarge";
    public const string OutOfRange = "outOfRange";
    public const string TooLong = "tooLong";
    public const string MoreTrainedThanMentors = "moreTrainedThanMentors";
    public const string MoreQuitsThanNewHires = "moreQuitsThanNewHires";
    public const string UnknownTask = "unknownTask";
    public const string UnknownChoice = "unknownChoice";
    public const string NotANumber = "notANumber";
    public const string NotAWholeNumber = "notAWholeNumber";
    public const string NotALink = "notALink";
    public const string NotAllowedHost = "notAllowedHost";
}
