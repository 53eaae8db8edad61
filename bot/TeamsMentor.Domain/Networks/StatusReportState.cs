namespace TeamsMentor.Domain.Networks;

/// <summary>Where a status report is: not started, a saved draft, or submitted.</summary>
public enum StatusReportState
{
    NotStarted,
    Draft,
    Submitted,
}
