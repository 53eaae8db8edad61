
namespace TeamsMentor.Domain.Delivery;

/// <summary>A wave as the organizers' ledger shows it: what it was, and how many deliveries stand where.</summary>
public sealed record WaveSummary(
    string WaveId,
    string NetworkId,
    string Kind,
    int? Gathering,
    string? Description,
    DateTimeOffset CreatedAt,
    int Targets,
    IReadOnlyDictionary<DeliveryState, int> Counts)
{
    public int Count(DeliveryState state) => Counts.TryGetValue(state, out var n) ? n : 0;
}
