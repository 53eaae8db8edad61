using System.Globalization;
using System.Text.RegularExpressions;

namespace TeamsMentor.Domain.Networks;

/// <summary>
/// Validates a whole plan and reports every issue at once, with paths matching the plan document
/// (<c>$.gatherings[2].start</c>). Errors block saving; warnings (a team without a leader or union rep) do not.
/// </summary>
public static partial class NetworkPlanRules
{
    public static IReadOnlyList<PlanIssue> Validate(NetworkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var issues = new List<PlanIssue>();
        ValidateNetwork(plan.Network, issues);
        ValidateTeams(plan, issues);
        ValidateMembers(plan, issues);
        ValidateGatherings(plan, issues);
        PlanTaskRules.Validate(plan, issues);
        PlanItemRules.Validate(plan, issues);
        PlanTextRules.Validate(plan, issues);
        return issues;
    }

    public static bool HasErrors(IEnumerable<PlanIssue> issues) => issues.Any(i => i.Severity == PlanIssueSeverity.Error);

    /// <summary>Ids are lower-case slugs: stable, readable, safe in URLs and storage keys.</summary>
    public static bool IsSlug(string? id) => id is not null && Slug().IsMatch(id);

    public static void RequireSlug(string? id, string path, List<PlanIssue> issues)
    {
        if (!IsSlug(id))
        {
            issues.Add(PlanIssue.Error(path, PlanIssueCodes.InvalidId, $"'{id}' is not a valid id: use 1-63 lower-case letters, digits and hyphens, starting with a letter or digit.",
                ("value", id ?? "")));
        }
    }

    internal static void RequireText(string? text, string path, string what, List<PlanIssue> issues)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(PlanIssue.Error(path, PlanIssueCodes.NameRequired, what + " is required."));
        }
    }

    internal static void Duplicates<T>(IReadOnlyList<T> items, Func<T, string?> key, string path, string what, List<PlanIssue> issues, string property = "id")
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            if (key(items[i]) is not { } k)
            {
                continue;
            }

            if (seen.TryGetValue(k, out var first))
            {
                issues.Add(PlanIssue.Error($"{path}[{i}].{property}", PlanIssueCodes.DuplicateId, $"The {what} id '{k}' is already used at {path}[{first}].",
                    ("id", k), ("first", $"{path}[{first}]")));
            }
            else
            {
                seen[k] = i;
            }
        }
    }

    private static void ValidateNetwork(LearningNetwork n, List<PlanIssue> issues)
    {
        RequireSlug(n.Id, "$.id", issues);
        RequireText(n.Name, "$.name", "The network's name", issues);
        if (n.End < n.Start)
        {
            issues.Add(PlanIssue.Error("$.period.end", PlanIssueCodes.PeriodEndsBeforeStart, $"The period ends ({n.End:yyyy-MM-dd}) before it starts ({n.Start:yyyy-MM-dd}).",
                ("start", n.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("end", n.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(n.TimeZoneId, out _))
        {
            issues.Add(PlanIssue.Error("$.timeZone", PlanIssueCodes.UnknownTimeZone, $"Unknown time zone '{n.TimeZoneId}'. Use an IANA name such as Europe/Oslo.", ("value", n.TimeZoneId)));
        }

        if (n.DefaultLocale is not ("nb-NO" or "en-US"))
        {
            issues.Add(PlanIssue.Error("$.defaultLocale", PlanIssueCodes.UnsupportedLocale, $"Unsupported locale '{n.DefaultLocale}'. Use nb-NO or en-US.", ("value", n.DefaultLocale)));
        }

        if (n.SmallGroupMinimum is < Evaluations.SmallGroups.Minimum or > Evaluations.SmallGroups.MaximumSetting)
        {
            issues.Add(PlanIssue.Error("$.smallGroupMinimum", PlanIssueCodes.SmallGroupMinimum,
                $"smallGroupMinimum must be from {Evaluations.SmallGroups.Minimum} to {Evaluations.SmallGroups.MaximumSetting} (answers a group needs before its results show).",
                ("value", n.SmallGroupMinimum), ("min", Evaluations.SmallGroups.Minimum), ("max", Evaluations.SmallGroups.MaximumSetting)));
        }

        if (n.Organizers.Count == 0)
        {
            issues.Add(PlanIssue.Error("$.organizers", PlanIssueCodes.NoOrganizer, "A network needs at least one organizer."));
        }

        for (var i = 0; i < n.Organizers.Count; i++)
        {
            RequireSlug(n.Organizers[i].Id, $"$.organizers[{i}].id", issues);
            RequireText(n.Organizers[i].Name, $"$.organizers[{i}].name", "The organizer's name", issues);
        }

        Duplicates(n.Organizers, o => o.Id, "$.organizers", "organizer", issues);
        Duplicates(n.Organizers, o => o.AadObjectId?.ToLowerInvariant(), "$.organizers", "organizer Entra object", issues, "aadObjectId");
        for (var i = 0; i < n.Municipalities.Count; i++)
        {
            RequireSlug(n.Municipalities[i].Id, $"$.municipalities[{i}].id", issues);
            RequireText(n.Municipalities[i].Name, $"$.municipalities[{i}].name", "The municipality's name", issues);
        }

        Duplicates(n.Municipalities, m => m.Id, "$.municipalities", "municipality", issues);
        PlanScheduleRules.Validate(n, issues);
    }

    private static void ValidateTeams(NetworkPlan plan, List<PlanIssue> issues)
    {
        var municipalities = plan.Network.Municipalities.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < plan.Teams.Count; i++)
        {
            var team = plan.Teams[i];
            var path = $"$.teams[{i}]";
            RequireSlug(team.Id, path + ".id", issues);
            RequireText(team.Name, path + ".name", "The team's name", issues);
            if (!municipalities.Contains(team.MunicipalityId))
            {
                issues.Add(PlanIssue.Error(path + ".municipality", PlanIssueCodes.UnknownMunicipality, $"Unknown municipality '{team.MunicipalityId}'.", ("value", team.MunicipalityId)));
            }

            var members = plan.MembersOf(team.Id).ToList();
            if (team.ContactPersonId is { } contact && !members.Any(m => m.Id == contact))
            {
                issues.Add(PlanIssue.Error(path + ".contactPerson", PlanIssueCodes.ContactNotMember, $"The contact person '{contact}' is not a member of this team.", ("value", contact)));
            }

            if (team.AdvisorId is { } advisor && !plan.Network.Organizers.Any(o => o.Id == advisor))
            {
                issues.Add(PlanIssue.Error(path + ".advisor", PlanIssueCodes.AdvisorNotOrganizer, $"The advisor '{advisor}' is not one of the network's organizers.", ("value", advisor)));
            }

            if (members.Count == 0)
            {
                issues.Add(PlanIssue.Warning(path + ".members", PlanIssueCodes.TeamNoMembers, $"{team.Name} has no members yet.", ("team", team.Name)));
                continue;
            }

            if (!members.Any(m => m.Has(TeamRoles.Leader)))
            {
                issues.Add(PlanIssue.Warning(path + ".members", PlanIssueCodes.TeamNoLeader, $"{team.Name} has no leader with decision authority (virksomhetsleder/avdelingsleder).",
                    ("team", team.Name)));
            }

            if (!members.Any(m => m.Has(TeamRoles.UnionRep)))
            {
                issues.Add(PlanIssue.Warning(path + ".members", PlanIssueCodes.TeamNoUnionRepresentative, $"{team.Name} has no union representative (tillitsvalgt).",
                    ("team", team.Name)));
            }
        }

        Duplicates(plan.Teams, t => t.Id, "$.teams", "team", issues);
    }

    private static void ValidateMembers(NetworkPlan plan, List<PlanIssue> issues)
    {
        var teamIndex = plan.Teams.Select((t, i) => (t.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var perTeam = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in plan.Members)
        {
            var position = perTeam.TryGetValue(member.TeamId, out var n) ? n : 0;
            perTeam[member.TeamId] = position + 1;
            var path = teamIndex.TryGetValue(member.TeamId, out var t) ? $"$.teams[{t}].members[{position}]" : $"$.members[{member.Id}]";
            RequireSlug(member.Id, path + ".id", issues);
            RequireText(member.Name, path + ".name", "The member's name", issues);
            if (!teamIndex.ContainsKey(member.TeamId))
            {
                issues.Add(PlanIssue.Error(path + ".team", PlanIssueCodes.UnknownTeam, $"Unknown team '{member.TeamId}'.", ("value", member.TeamId)));
            }

            if (seen.TryGetValue(member.Id, out var otherPath))
            {
                issues.Add(PlanIssue.Error(path + ".id", PlanIssueCodes.DuplicateId, $"The member id '{member.Id}' is already used at {otherPath}.", ("id", member.Id), ("first", otherPath)));
            }
            else
            {
                seen[member.Id] = path;
            }
        }
    }

    private static void ValidateGatherings(NetworkPlan plan, List<PlanIssue> issues)
    {
        var network = plan.Network;
        for (var i = 0; i < plan.Gatherings.Count; i++)
        {
            var g = plan.Gatherings[i];
            var path = $"$.gatherings[{i}]";
            if (g.Number != i + 1)
            {
                issues.Add(PlanIssue.Error(path + ".number", PlanIssueCodes.GatheringNumbering, $"Gatherings are numbered 1, 2, 3 … in order; expected {i + 1}, found {g.Number}.",
                    ("expected", i + 1), ("actual", g.Number)));
            }

            RequireText(g.Theme, path + ".theme", "The gathering's theme", issues);
            if (g.End <= g.Start)
            {
                issues.Add(PlanIssue.Error(path + ".end", PlanIssueCodes.GatheringEndsBeforeStart, $"Gathering {g.Number} ends before it starts.", ("number", g.Number)));
            }

            if (i > 0 && g.Start < plan.Gatherings[i - 1].End)
            {
                issues.Add(PlanIssue.Error(path + ".start", PlanIssueCodes.GatheringsOverlap, $"Gathering {g.Number} starts before gathering {plan.Gatherings[i - 1].Number} has ended: dates must be in order.",
                    ("number", g.Number), ("previous", plan.Gatherings[i - 1].Number)));
            }

            var day = NetworkClock.LocalDate(g.Start, SafeZone(network));
            if (day < network.Start || day > network.End)
            {
                issues.Add(PlanIssue.Warning(path + ".start", PlanIssueCodes.GatheringOutsidePeriod, $"Gathering {g.Number} is outside the network's period.", ("number", g.Number)));
            }

            if (g.StatusReportDeadline is { } deadline && deadline > g.Start)
            {
                issues.Add(PlanIssue.Error(path + ".statusReportDeadline", PlanIssueCodes.DeadlineAfterGatheringStart, $"The status report for gathering {g.Number} must be due before the gathering starts.",
                    ("number", g.Number)));
            }

            if (Deadlines.EvaluationOpens(network, g) < g.Start && g.End > g.Start)
            {
                issues.Add(PlanIssue.Error(path + (g.EvaluationOpens is null ? ".end" : ".evaluationOpens"), PlanIssueCodes.EvaluationOpensBeforeStart,
                    $"The evaluation of gathering {g.Number} would open before the gathering starts.", ("number", g.Number)));
            }

            if (g.EvaluationCloses is { } closes && closes <= g.End)
            {
                issues.Add(PlanIssue.Error(path + ".evaluationCloses", PlanIssueCodes.EvaluationClosesBeforeEnd, $"The evaluation of gathering {g.Number} must close after the gathering ends.",
                    ("number", g.Number)));
            }

            if (g.MeetingUrl is { } meeting && !OpenScreen.OpenScreenRules.IsTeamsJoinUrl(meeting))
            {
                issues.Add(PlanIssue.Error(path + ".meetingUrl", PlanIssueCodes.GatheringMeetingUrl, $"Gathering {g.Number}'s meeting link is not a Teams join link (https://teams.microsoft.com/…).",
                    ("number", g.Number)));
            }

            if (g.Mode == GatheringMode.Physical && string.IsNullOrWhiteSpace(g.Place))
            {
                issues.Add(PlanIssue.Warning(path + ".place", PlanIssueCodes.GatheringNoPlace, $"Gathering {g.Number} is physical but has no place.", ("number", g.Number)));
            }
        }
    }

    /// <summary>The network's time zone, or UTC when the id is unknown (validation reports that separately).</summary>
    public static TimeZoneInfo SafeZone(LearningNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return TimeZoneInfo.TryFindSystemTimeZoneById(network.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex Slug();
}
