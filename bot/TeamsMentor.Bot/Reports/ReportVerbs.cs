namespace TeamsMentor.Bot.Reports;

/// <summary>The status-report card's verbs (<see cref="ReportCardData"/> on each). Never rename one in use: posted cards carry them.</summary>
public static class ReportVerbs
{
    /// <summary>The sender's own view of the report: the overview of its sections while it is open; also the card's refresh.</summary>
    public const string Open = "report.open";

    /// <summary>One section's form (the data's section).</summary>
    public const string Section = "report.section";

    /// <summary>Save one section (the data's section and the section's version the form was built from); back to the overview.</summary>
    public const string SaveSection = "report.saveSection";

    /// <summary>
    /// Submit the report: from the overview (the data carries the version it showed and its "complete" mark), or from a
    /// whole form posted before the report came in sections (the data carries the inputs).
    /// </summary>
    public const string Submit = "report.submit";

    /// <summary>Save a whole form as a draft: a form posted before the report came in sections (the data's version: the version it was built from).</summary>
    public const string Save = "report.save";

    /// <summary>Reopen a report after its deadline. Organizers only.</summary>
    public const string Reopen = "report.reopen";
}
