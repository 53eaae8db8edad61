namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// One request's place in a rate window. It counts from the moment it was taken until its answer came back, and then
/// for one window length more: Teams counts the request when it arrives, which is somewhere in between.
/// </summary>
public sealed class RateSlot
{
    internal RateSlot(List<RateSlot> window, DateTimeOffset taken)
    {
        Window = window;
        Taken = taken;
    }

    internal List<RateSlot> Window { get; }

    internal DateTimeOffset Taken { get; }

    /// <summary>When the answer came back; null while the request is still out.</summary>
    internal DateTimeOffset? Answered { get; set; }
}
