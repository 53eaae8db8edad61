namespace TeamsMentor.Domain.Reports;

/// <summary>Where a status report is: not started, a saved draft, or submitted.</summary>
public enum StatusReportState
{
    NotStarted,
    Draft,
    Submitted,
}
