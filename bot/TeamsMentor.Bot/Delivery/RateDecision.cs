namespace TeamsMentor.Bot.Delivery;

/// <summary>The rate gate's answer: go now, or wait this long (because of the tenant, or of this one conversation).</summary>
public readonly record struct RateDecision(bool Acquired, TimeSpan Wait, bool ConversationBound)
{
    public static readonly RateDecision Go = new(true, TimeSpan.Zero, false);
}
