namespace TeamsMentor.Domain.Reports;

/// <summary>A task from the previous gathering as the status report answers it.</summary>
public sealed record TaskResult(string TaskId, TaskOutcome Outcome, string? Comment);
