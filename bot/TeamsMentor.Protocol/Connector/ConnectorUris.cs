using System.Globalization;

namespace TeamsMentor.Protocol.Connector;

/// <summary>Connector REST paths under a serviceUrl: segments escaped (ids contain ':', ';', '@'), no double slash.</summary>
public static class ConnectorUris
{
    public static Uri Conversations(string serviceUrl) => Build(serviceUrl, "v3/conversations");

    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}");

    public static Uri PagedMembers(string serviceUrl, string conversationId, int? pageSize, string? continuationToken)
    {
        var query = new List<string>();
        if (pageSize is { } size)
        {
            query.Add("pageSize=" + size.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add("continuationToken=" + Uri.EscapeDataString(continuationToken));
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers";
        return Build(serviceUrl, query.Count == 0 ? path : path + "?" + string.Join("&", query));
    }

    private static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        return Uri.EscapeDataString(segment);
    }

    private static Uri Build(string serviceUrl, string relative)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        return new Uri(serviceUrl.TrimEnd('/') + "/" + relative, UriKind.Absolute);
    }
}
