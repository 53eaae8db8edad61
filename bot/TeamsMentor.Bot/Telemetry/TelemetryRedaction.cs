using System.Diagnostics;
using OpenTelemetry;

namespace TeamsMentor.Bot.Telemetry;

/// <summary>
/// Takes personal data out of every span before it is exported. URLs carry Entra ids, conversation ids and table keys
/// (<c>/v3/conversations/a:1…/activities</c>, <c>/users/{oid}/onlineMeetings</c>, <c>Members(PartitionKey='…',RowKey='…')</c>):
/// a server span's path becomes its route template, a client span's path keeps only plain words (a segment with an
/// id-like character becomes <c>{id}</c>, a table key list <c>(…)</c>) and every query string goes. Client addresses
/// (an IP address is personal data) and status descriptions (an exception's text) are dropped.
/// </summary>
public sealed class TelemetryRedaction : BaseProcessor<Activity>
{
    private static readonly string[] UrlTags = ["url.full", "http.url"];
    private static readonly string[] PathTags = ["url.path", "http.target"];
    private static readonly string[] Dropped = ["url.query", "client.address", "client.port", "network.peer.address", "net.peer.ip", "http.client_ip", "enduser.id"];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var tag in Dropped)
        {
            if (data.GetTagItem(tag) is not null)
            {
                data.SetTag(tag, null);
            }
        }

        if (data.StatusDescription is not null)
        {
            data.SetStatus(data.Status); // the Azure SDK puts the exception's text here; the status code is enough
        }

        var route = data.GetTagItem("http.route") as string;
        foreach (var tag in PathTags)
        {
            if (data.GetTagItem(tag) is string path)
            {
                data.SetTag(tag, data.Kind == ActivityKind.Server && route is not null ? "/" + route.TrimStart('/') : Path(path));
            }
        }

        foreach (var tag in UrlTags)
        {
            if (data.GetTagItem(tag) is string url)
            {
                data.SetTag(tag, Url(url));
            }
        }
    }

    /// <summary>The URL's scheme, host and port with its path redacted and without its query.</summary>
    public static string Url(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}{Path(uri.AbsolutePath)}" : "{url}";

    /// <summary>Each segment kept if it is a plain word (a letter first, then letters, dots and at most three digits), else <c>{id}</c>.</summary>
    public static string Path(string path)
    {
        var query = path.IndexOfAny(['?', '#']);
        var plain = Uri.UnescapeDataString(query >= 0 ? path[..query] : path);
        var segments = plain.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Segment);
        return "/" + string.Join('/', segments);
    }

    private static string Segment(string segment)
    {
        var keys = segment.IndexOf('(', StringComparison.Ordinal);
        var head = keys >= 0 ? segment[..keys] : segment;
        var kept = IsWord(head) ? head : "{id}";
        return keys >= 0 ? kept + "(…)" : kept;
    }

    private static bool IsWord(string s)
    {
        if (s.Length is 0 or > 64 || !char.IsAsciiLetter(s[0]))
        {
            return false;
        }

        // Words such as v3, v1.0, devstoreaccount1; an id has more digits, or a dash, colon or at sign.
        return s.Count(char.IsAsciiDigit) <= 3 && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '.');
    }
}
