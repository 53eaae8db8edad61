using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Protocol.Hosting;

/// <summary>
/// The bot's logic for one authenticated, tenant-allowed activity. Return an <see cref="InvokeResponse"/> for
/// <c>invoke</c> activities you handle (null means "not implemented": HTTP 501); the return is ignored otherwise.
/// </summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
