namespace TeamsMentor.Domain.Reports;

/// <summary>How far a team got with a task by the status report: not yet, partly, or done.</summary>
public enum TaskOutcome
{
    NotYet,
    Partly,
    Done,
}
