namespace TeamsMentor.Bot.Evaluations;

/// <summary>Configuration section <c>Evaluations</c>.</summary>
public sealed class EvaluationOptions
{
    public const string SectionName = "Evaluations";

    /// <summary>
    /// The secret (base64, at least 32 bytes) that keys the hashes standing in for respondents: one answer per person
    /// without storing who. A secret: keep it in Key Vault. Changing it makes open evaluations forget who answered.
    /// </summary>
    public string? AnswerKey { get; set; }

    public byte[] KeyBytes() => Convert.FromBase64String(AnswerKey ?? "");
}
