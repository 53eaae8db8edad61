namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The hosts a task's document link may point to (<c>Reports:DocumentHosts</c>): exact names, or <c>*.example.com</c>
/// for any subdomain. By default the tenant's SharePoint and OneDrive, and Teams, where a team's files live.
/// </summary>
public static class DocumentHosts
{
    public static IReadOnlyList<string> Defaults { get; } = ["*.sharepoint.com", "teams.microsoft.com"];

    public static bool Allows(IReadOnlyList<string> hosts, Uri uri)
    {
        ArgumentNullException.ThrowIfNull(hosts);
        ArgumentNullException.ThrowIfNull(uri);
        var host = uri.IdnHost;
        return hosts.Any(h => h.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(h[1..], StringComparison.OrdinalIgnoreCase) && host.Length > h.Length - 1
            : string.Equals(host, h, StringComparison.OrdinalIgnoreCase));
    }
}
