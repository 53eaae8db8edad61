using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Protocol.Hosting;

/// <summary>
/// The bot's logic for one authenticated, tenant-allowed activity. Return an <see cref="InvokeResponse"/> for
/// <c>invoke</c> activities you handle (null means "not implemented": HTTP 501); the return is ignored otherwise.
/// </summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// The answer to an invoke whose turn failed unexpectedly (the handler threw, or its answer could not be written);
    /// the endpoint has logged it and answers 200 with this (null: an empty 200), never a 5xx.
    /// </summary>
    InvokeResponse? OnTurnFailed(TurnContext turn) => null;
}
