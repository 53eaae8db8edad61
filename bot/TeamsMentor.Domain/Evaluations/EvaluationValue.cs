namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// One item's answer: a score 1-5 (Likert or rating), "vet ikke" (don't know, Likert only), hours, or free text.
/// Exactly one of them is set.
/// </summary>
public sealed record EvaluationValue
{
    public int? Score { get; init; }
    public bool DontKnow { get; init; }
    public decimal? Hours { get; init; }
    public string? Text { get; init; }

    public static EvaluationValue OfScore(int score) => new() { Score = score };

    public static EvaluationValue Unknown { get; } = new() { DontKnow = true };

    public static EvaluationValue OfHours(decimal hours) => new() { Hours = hours };

    public static EvaluationValue OfText(string text) => new() { Text = text };
}
