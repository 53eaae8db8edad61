using System.Globalization;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.OpenScreen;

/// <summary>
/// The scheduling form's rules: a date and time in the network's time zone that lie ahead (at most a year), 15-240
/// minutes, a topic, invited teams that exist (none chosen: all), and a join link only from Teams. Every field is
/// checked, so the card can mark all that is wrong at once.
/// </summary>
public static class OpenScreenRules
{
    public const int MinMinutes = 15;
    public const int MaxMinutes = 240;
    public const int DefaultMinutes = 60;
    public const int TopicMax = 120;
    public const int DescriptionMax = 1000;
    public const int JoinUrlMax = 2048;

    public const string DateField = "date";
    public const string TimeField = "time";
    public const string DurationField = "duration";
    public const string TopicField = "topic";
    public const string DescriptionField = "description";
    public const string TeamsField = "teams";
    public const string JoinUrlField = "joinUrl";

    private static readonly string[] TeamsHosts = ["teams.microsoft.com", "teams.live.com", "teams.cloud.microsoft", "teams.microsoft.us"];

    /// <summary>The card's input id for a field.</summary>
    public static string InputId(string field) => "os." + field;

    /// <param name="typed">The card's inputs by field name (missing or blank = not given).</param>
    /// <param name="joinUrlRequired">True when the app cannot create the meeting itself (Graph not set up or refused).</param>
    public static (OpenScreenDraft? Draft, IReadOnlyList<OpenScreenIssue> Issues) Parse(
        NetworkPlan plan, IReadOnlyDictionary<string, string?> typed, DateTimeOffset now, bool joinUrlRequired)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(typed);
        var issues = new List<OpenScreenIssue>();
        string? Get(string field) => typed.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var date = Get(DateField) is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate) ? parsedDate : (DateOnly?)null;
        var time = Get(TimeField) is { } t && TimeOnly.TryParseExact(t, ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedTime) ? parsedTime : (TimeOnly?)null;
        AddMissingOrInvalid(issues, DateField, Get(DateField), date is not null);
        AddMissingOrInvalid(issues, TimeField, Get(TimeField), time is not null);
        DateTimeOffset? start = date is { } day && time is { } clock ? NetworkClock.At(day, clock, plan.Network.Zone) : null;
        if (start is { } s && s <= now)
        {
            issues.Add(new OpenScreenIssue(DateField, OpenScreenIssue.InPast));
        }
        else if (start is { } far && far > now.AddDays(366))
        {
            issues.Add(new OpenScreenIssue(DateField, OpenScreenIssue.TooFar));
        }

        var minutes = DefaultMinutes;
        if (Get(DurationField) is { } m)
        {
            if (!decimal.TryParse(m, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number) || number is < int.MinValue or > int.MaxValue)
            {
                issues.Add(new OpenScreenIssue(DurationField, OpenScreenIssue.Invalid));
            }
            else if ((minutes = (int)number) is < MinMinutes or > MaxMinutes)
            {
                issues.Add(new OpenScreenIssue(DurationField, OpenScreenIssue.OutOfRange));
            }
        }

        var topic = Get(TopicField);
        if (topic is null)
        {
            issues.Add(new OpenScreenIssue(TopicField, OpenScreenIssue.Required));
        }
        else if (topic.Length > TopicMax)
        {
            issues.Add(new OpenScreenIssue(TopicField, OpenScreenIssue.TooLong));
        }

        var description = Get(DescriptionField);
        if (description is { Length: > DescriptionMax })
        {
            issues.Add(new OpenScreenIssue(DescriptionField, OpenScreenIssue.TooLong));
        }

        var teamIds = (Get(TeamsField) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (teamIds.Any(id => !plan.Teams.Any(x => x.Id == id)))
        {
            issues.Add(new OpenScreenIssue(TeamsField, OpenScreenIssue.UnknownTeam));
        }

        if (plan.Teams.Count > 0 && teamIds.Count == plan.Teams.Count)
        {
            teamIds = []; // all of them: teams added later are invited too
        }

        var joinUrl = Get(JoinUrlField);
        if (joinUrl is null && joinUrlRequired)
        {
            issues.Add(new OpenScreenIssue(JoinUrlField, OpenScreenIssue.Required));
        }
        else if (joinUrl is not null && !IsTeamsJoinUrl(joinUrl))
        {
            issues.Add(new OpenScreenIssue(JoinUrlField, OpenScreenIssue.NotTeamsLink));
        }

        return issues.Count > 0 || start is null || topic is null
            ? (null, issues)
            : (new OpenScreenDraft(start.Value, minutes, topic, description, teamIds, joinUrl), issues);
    }

    /// <summary>An https link to a Teams host (teams.microsoft.com and its government and consumer siblings).</summary>
    public static bool IsTeamsJoinUrl(string? url) =>
        url is { Length: <= JoinUrlMax }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && string.IsNullOrEmpty(uri.UserInfo)
        && TeamsHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));

    private static void AddMissingOrInvalid(List<OpenScreenIssue> issues, string field, string? raw, bool parsed)
    {
        if (raw is null)
        {
            issues.Add(new OpenScreenIssue(field, OpenScreenIssue.Required));
        }
        else if (!parsed)
        {
            issues.Add(new OpenScreenIssue(field, OpenScreenIssue.Invalid));
        }
    }
}
