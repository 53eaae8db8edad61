namespace TeamsMentor.Domain.Reports;

/// <summary>
/// A task from the previous gathering as the status report answers it: the outcome, a comment, and links to the team's
/// own documents (https; the hosts the app allows are checked where the card is read).
/// </summary>
public sealed record TaskResult(string TaskId, TaskOutcome Outcome, string? Comment)
{
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>Equal when everything is, the links compared item by item (a record would compare the lists by reference).</summary>
    public bool Equals(TaskResult? other) =>
        other is not null && TaskId == other.TaskId && Outcome == other.Outcome && Comment == other.Comment && Links.SequenceEqual(other.Links);

    public override int GetHashCode() => HashCode.Combine(TaskId, Outcome, Comment, Links.Count);
}
