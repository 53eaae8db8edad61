namespace TeamsMentor.Domain.Evaluations;

/// <summary>Something wrong with an evaluation as typed: the item it concerns (null: the whole answer) and a code the card words.</summary>
public sealed record EvaluationIssue(string? ItemId, string Code)
{
    public const string OutOfRange = "outOfRange";
    public const string NotANumber = "notANumber";
    public const string TooLong = "tooLong";
    public const string Empty = "empty";
}
