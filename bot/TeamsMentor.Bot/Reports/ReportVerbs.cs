namespace TeamsMentor.Bot.Reports;

/// <summary>The status-report card's verbs (<see cref="ReportCardData"/> on each). Never rename one in use: posted cards carry them.</summary>
public static class ReportVerbs
{
    /// <summary>The sender's own view of the report; also the card's refresh.</summary>
    public const string Open = "report.open";

    /// <summary>Save the inputs as a draft (the data's version: the version the form was built from).</summary>
    public const string Save = "report.save";

    /// <summary>Submit the report (validated as complete).</summary>
    public const string Submit = "report.submit";

    /// <summary>Reopen a report after its deadline. Organizers only.</summary>
    public const string Reopen = "report.reopen";
}
