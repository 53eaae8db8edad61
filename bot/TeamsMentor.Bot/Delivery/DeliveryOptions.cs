using TeamsMentor.Domain.Delivery;

namespace TeamsMentor.Bot.Delivery;

/// <summary>Configuration section <c>Delivery</c>: the scheduler, the senders and how hard they may push Teams.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Runs the scheduler and the senders in this instance (one instance at a time sends; the others stand by).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>This instance's name in leases and claims; a restarted process with the same name takes its lease back at once. Default: the machine name.</summary>
    public string? InstanceId { get; set; }

    /// <summary>
    /// Where the sender journals Teams' answers the moment they are read (one folder per instance). A restarted process
    /// records them instead of posting again. Default: the system's temp folder; on App Service a folder under /home.
    /// </summary>
    public string? JournalDirectory { get; set; }

    /// <summary>Requests per second to one tenant, all conversations together (Teams: 50 per bot per tenant).</summary>
    public double TenantRequestsPerSecond { get; set; } = 50;

    /// <summary>The even pace as a share of the tenant limit (0.5-1); the limit itself is never exceeded in any second at Teams.</summary>
    public double TenantPacing { get; set; } = 0.95;

    /// <summary>Each per-conversation window (7/1 s, 8/2 s, 60/30 s, 1800/h) is stretched by this factor for the same reason (1-2).</summary>
    public double ConversationWindowStretch { get; set; } = 1.1;

    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>Attempts per delivery before it is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = RetrySettings.Default.MaxAttempts;

    /// <summary>First backoff when Teams gives no Retry-After; doubled per attempt, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = RetrySettings.Default.BaseDelay;

    public TimeSpan MaxDelay { get; set; } = RetrySettings.Default.MaxDelay;

    /// <summary>How often the sender looks for due deliveries after it found some (or was told of an enqueue).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait between polls while the outbox stays empty (the wait doubles from <see cref="PollInterval"/>
    /// after each empty poll, and never passes the lease's renewal, a third of <see cref="LeaseDuration"/>). An enqueue
    /// in this instance wakes the sender at once; another instance's is found by the next poll.
    /// </summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the scheduler asks every network what is due.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The longest the scheduler keeps what it read of a network (its plan, open-screen sessions and prompts sent)
    /// without reading it again, even when the network's schedule stamp did not move: it makes up for a touch that did
    /// not land, or a write by an instance of an older version during a rolling deploy.
    /// </summary>
    public TimeSpan SchedulerRefreshInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The sender lease: renewed every third of this; another instance takes over after it ran out.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a claimed delivery is reserved for its sender; a sender that died leaves it due again after this.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Readiness turns Degraded when a due delivery waited longer than this.</summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromSeconds(60);

    public string JournalPath => string.IsNullOrWhiteSpace(JournalDirectory) ? Path.Combine(Path.GetTempPath(), "teamsmentor", "answers") : JournalDirectory;

    public RetrySettings Retry => new(MaxAttempts, BaseDelay, MaxDelay);
}
