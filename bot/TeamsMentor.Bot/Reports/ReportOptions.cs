namespace TeamsMentor.Bot.Reports;

/// <summary>Configuration section <c>Reports</c>.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Reports";

    /// <summary>
    /// The hosts a task's document link in a status report may point to (exact names, or <c>*.example.com</c>); by
    /// default <see cref="DocumentHosts.Defaults"/> (SharePoint and OneDrive, Teams). A link elsewhere is refused on the card.
    /// </summary>
    public IReadOnlyList<string>? DocumentHosts { get; set; }

    public IReadOnlyList<string> AllowedDocumentHosts => DocumentHosts is { Count: > 0 } hosts ? hosts : Reports.DocumentHosts.Defaults;
}
