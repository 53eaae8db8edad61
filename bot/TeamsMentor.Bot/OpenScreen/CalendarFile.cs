using System.Globalization;
using System.Text;
using TeamsMentor.Domain.OpenScreen;

namespace TeamsMentor.Bot.OpenScreen;

/// <summary>
/// An iCalendar file (RFC 5545) for one session, for "add to calendar": UTC times, the join link as URL and in the
/// description, SEQUENCE = the session's revision so a moved session replaces the earlier entry, STATUS:CANCELLED once
/// cancelled. Text is escaped and lines folded at 75 octets; lines end in CRLF.
/// </summary>
public static class CalendarFile
{
    public static string Build(string networkId, string networkName, OpenScreenSession session, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(session);
        var description = string.Join("\n", new[] { session.Description, session.JoinUrl is null ? null : "Microsoft Teams: " + session.JoinUrl }.OfType<string>());
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//TeamsMentor//Open screen//NB",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{session.Id}.{networkId}@teamsmentor",
            "DTSTAMP:" + Utc(now),
            "DTSTART:" + Utc(session.Start),
            "DTEND:" + Utc(session.End),
            "SEQUENCE:" + session.Revision.ToString(CultureInfo.InvariantCulture),
            "SUMMARY:" + Escape(session.Topic),
            "ORGANIZER;CN=" + Parameter(networkName) + ":mailto:noreply@teamsmentor.invalid",
            "STATUS:" + (session.IsCancelled ? "CANCELLED" : "CONFIRMED"),
            "LOCATION:Microsoft Teams",
        };
        if (description.Length > 0)
        {
            lines.Add("DESCRIPTION:" + Escape(description));
        }

        if (session.JoinUrl is not null)
        {
            lines.Add("URL:" + session.JoinUrl);
        }

        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(builder, line);
        }

        return builder.ToString();
    }

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\n", StringComparison.Ordinal);
    }

    /// <summary>A parameter value: quoted, without the characters a quoted value cannot hold.</summary>
    private static string Parameter(string value) => "\"" + value.Replace("\"", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"";

    /// <summary>Lines longer than 75 octets continue on the next line after a CRLF and one space, never inside a UTF-8 character.</summary>
    private static void Fold(StringBuilder builder, string line)
    {
        var octets = 0;
        var limit = 75;
        var i = 0;
        while (i < line.Length)
        {
            var length = char.IsSurrogatePair(line, i) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > limit)
            {
                builder.Append("\r\n ");
                octets = 1;
                limit = 75;
            }

            builder.Append(line, i, length);
            octets += size;
            i += length;
        }

        builder.Append("\r\n");
    }
}
