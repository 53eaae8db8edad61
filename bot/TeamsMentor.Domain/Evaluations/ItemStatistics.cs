namespace TeamsMentor.Domain.Evaluations;

/// <summary>
/// One item's answers in one group: how many answered it (<see cref="N"/>, "vet ikke" included), how many chose each
/// score 1-5 (<see cref="Counts"/>; empty for hours), how many did not know, and the mean of the scores or hours
/// (null when nobody gave one).
/// </summary>
public sealed record ItemStatistics(int N, IReadOnlyList<int> Counts, int DontKnow, decimal? Mean);
