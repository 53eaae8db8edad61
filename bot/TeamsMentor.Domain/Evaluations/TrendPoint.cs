
namespace TeamsMentor.Domain.Evaluations;

/// <summary>A stable item's mean at one gathering (null: no answers, or too few to show) and how many answered it.</summary>
public sealed record TrendPoint(int Gathering, decimal? Mean, int N);
