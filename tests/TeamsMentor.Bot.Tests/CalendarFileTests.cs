using System.Text;
using TeamsMentor.Bot.OpenScreen;
using TeamsMentor.Domain.OpenScreen;

namespace TeamsMentor.Bot.Tests;

/// <summary>The .ics file (RFC 5545): UTC times, escaped text, folded lines of at most 75 octets, CRLF, revision and cancellation.</summary>
public sealed class CalendarFileTests
{
    private static readonly OpenScreenSession Session = new()
    {
        Id = "3f9a0c1b2d4e5f60a7b8", Start = new DateTimeOffset(2023, 5, 3, 14, 0, 0, TimeSpan.FromHours(2)), DurationMinutes = 45,
        Topic = "Lønn, turnus; og \"nattevakter\"", Description = "Linje én\nLinje to med æøå og en lang tekst som går langt over syttifem tegn på én linje i fila",
        JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0", Revision = 2,
    };

    private static string Build(OpenScreenSession session) => CalendarFile.Build("mentorprogram-nord", "Mentorprogram Nord", session, new DateTimeOffset(2023, 4, 27, 12, 0, 0, TimeSpan.Zero));

    private static IEnumerable<string> Unfolded(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Build_TimesInUtc_TextEscaped_SequenceIsTheRevision()
    {
        var lines = Unfolded(Build(Session)).ToList();

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("DTSTART:20230503T120000Z", lines);
        Assert.Contains("DTEND:20230503T124500Z", lines);
        Assert.Contains("SEQUENCE:2", lines);
        Assert.Contains("STATUS:CONFIRMED", lines);
        Assert.Contains("UID:3f9a0c1b2d4e5f60a7b8.mentorprogram-nord@teamsmentor", lines);
        Assert.Contains("SUMMARY:Lønn\\, turnus\\; og \"nattevakter\"", lines);
        Assert.Contains(lines, l => l.StartsWith("DESCRIPTION:Linje én\\nLinje to", StringComparison.Ordinal) && l.EndsWith("Microsoft Teams: " + Session.JoinUrl, StringComparison.Ordinal));
        Assert.Contains("URL:" + Session.JoinUrl, lines);
    }

    [Fact]
    public void Build_LongLines_FoldedAtSeventyFiveOctets_NeverInsideACharacter()
    {
        var ics = Build(Session);

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal); // every line ends in CRLF
        foreach (var line in ics.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line);
        }

        Assert.Contains(ics.Split("\r\n"), l => l.StartsWith(' ')); // the description was folded
    }

    [Fact]
    public void Build_Cancelled_StatusCancelled()
    {
        Assert.Contains("STATUS:CANCELLED", Unfolded(Build(Session with { CancelledAt = DateTimeOffset.UnixEpoch })));
    }
}
