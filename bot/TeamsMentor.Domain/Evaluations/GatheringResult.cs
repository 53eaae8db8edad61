
namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// A gathering's evaluation results. <see cref="Respondents"/> and <see cref="Invited"/> give the response rate;
/// <see cref="Suppressed"/>: fewer than the minimum answered, so nothing else is shown. Free texts per text item, sorted
/// (never in the order they came).
/// </summary>
public sealed record GatheringResult(
    int Gathering,
    int Respondents,
    int Invited,
    bool Suppressed,
    IReadOnlyList<ItemResult> Items,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Texts);
