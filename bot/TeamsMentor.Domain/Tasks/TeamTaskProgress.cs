namespace TeamsMentor.Domain.Tasks;

/// <summary>One team's status, owner and progress-plan steps for one task.</summary>
public sealed record TeamTaskProgress
{
    public required string TeamId { get; init; }
    public required string TaskId { get; init; }
    public TaskState State { get; init; }
    public string? OwnerMemberId { get; init; }
    public IReadOnlyList<ProgressStep> Steps { get; init; } = [];

    /// <summary>When a member (or organizer) last saved it, by the app's clock (for the network health view's last activity).</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
