using TeamsMentor.Domain.Scheduling;

namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// A feature's part in the scheduler: turns a due prompt of its kinds into a wave (who gets it and the card each gets).
/// Registered with <see cref="DeliveryServiceCollectionExtensions.AddWaveBuilder{T}"/>; a kind built by two fails at start-up.
/// </summary>
public interface IWaveBuilder
{
    IReadOnlyCollection<PromptKind> Kinds { get; }

    /// <summary>The wave, or null when it cannot go out yet (e.g. no linked channel): it is asked again next pass.</summary>
    Task<BuiltWave?> BuildAsync(WaveContext context, CancellationToken cancellationToken);
}
