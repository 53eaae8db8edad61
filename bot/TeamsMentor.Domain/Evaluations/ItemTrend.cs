namespace TeamsMentor.Domain.Evaluations;

/// <summary>A stable item across all gatherings: the network as a whole and each municipality.</summary>
public sealed record ItemTrend(string ItemId, IReadOnlyList<TrendPoint> Network, IReadOnlyDictionary<string, IReadOnlyList<TrendPoint>> Municipalities);
