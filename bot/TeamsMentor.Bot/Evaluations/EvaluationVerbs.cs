namespace TeamsMentor.Bot.Evaluations;

/// <summary>The evaluation card's verbs (<see cref="EvaluationCardData"/> on each). Never rename one in use: posted cards carry them.</summary>
public static class EvaluationVerbs
{
    /// <summary>The sender's own view (the form, or the thanks when answered; with edit, the form again); also the card's refresh.</summary>
    public const string Open = "evaluation.open";

    /// <summary>Send (or change) the sender's answer.</summary>
    public const string Submit = "evaluation.submit";
}
