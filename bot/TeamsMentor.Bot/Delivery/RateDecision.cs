namespace TeamsMentor.Bot.Delivery;

/// <summary>
/// The rate gate's answer: go now (with the <see cref="RateSlot"/> to hand back when the request is answered), or wait
/// this long (because of the tenant, or of this one conversation).
/// </summary>
public readonly record struct RateDecision(RateSlot? Slot, TimeSpan Wait, bool ConversationBound)
{
    public bool Acquired => Slot is not null;
}
