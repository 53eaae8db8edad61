namespace TeamsMentor.Domain.Evaluations;

/// <summary>An item's results at one gathering: the network as a whole (null when suppressed) and per municipality.</summary>
public sealed record ItemResult(string ItemId, ItemStatistics? Network, IReadOnlyList<GroupStatistics> Municipalities);
