namespace TeamsMentor.Domain.Networks;

/// <summary>A samling. Times are instants; plans write them in the network's local time.</summary>
public sealed record Gathering
{
    public required int Number { get; init; }
    public required string Theme { get; init; }
    public required DateTimeOffset Start { get; init; }
    public required DateTimeOffset End { get; init; }
    public GatheringMode Mode { get; init; }
    public string? Place { get; init; }
    public string? Agenda { get; init; }

    /// <summary>A digital gathering's Teams meeting (its join link): the workspace can import who came from its attendance report.</summary>
    public string? MeetingUrl { get; init; }

    /// <summary>Overrides the schedule's status-report deadline for this gathering.</summary>
    public DateTimeOffset? StatusReportDeadline { get; init; }

    /// <summary>
    /// Overrides when this gathering's evaluation opens: set in the plan, or by an organizer opening it now in the room
    /// (<c>POST …/gatherings/{n}/evaluation/open</c>).
    /// </summary>
    public DateTimeOffset? EvaluationOpens { get; init; }

    /// <summary>Overrides when this gathering's evaluation closes.</summary>
    public DateTimeOffset? EvaluationCloses { get; init; }
}
