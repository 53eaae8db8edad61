using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Bot.Ledger;

/// <summary>One wave in the delivery ledger, with its deliveries counted by state.</summary>
public sealed record WaveDto(
    string WaveId, string NetworkId, string Kind, int? Gathering, string? Description, DateTimeOffset CreatedAt, int Targets,
    int Queued, int Sending, int Retrying, int Sent, int Failed, int Unreachable)
{
    public static WaveDto From(WaveSummary w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new(w.WaveId, w.NetworkId, w.Kind, w.Gathering, w.Description, w.CreatedAt, w.Targets,
            w.Count(DeliveryState.Queued), w.Count(DeliveryState.Sending), w.Count(DeliveryState.Retrying),
            w.Count(DeliveryState.Sent), w.Count(DeliveryState.Failed), w.Count(DeliveryState.Unreachable));
    }
}
