namespace TeamsMentor.Domain.Evaluations;

/// <summary>One municipality's statistics for an item, or <see cref="Suppressed"/> (too few answers to show apart; no figures at all).</summary>
public sealed record GroupStatistics(string MunicipalityId, bool Suppressed, ItemStatistics? Statistics);
