namespace TeamsMentor.Domain.Delivery;

/// <summary>
/// Told when something was put in the outbox in this process, so an idle sender here looks at once instead of at the
/// end of its (backed-off) poll interval. Enqueues in another instance are found by that poll.
/// </summary>
public interface IOutboxSignal
{
    void Enqueued();
}
