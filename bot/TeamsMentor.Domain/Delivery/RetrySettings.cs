namespace TeamsMentor.Domain.Delivery;

/// <summary>How often and how patiently a delivery is retried before it is dead-lettered.</summary>
public sealed record RetrySettings(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static readonly RetrySettings Default = new(8, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5));
}
