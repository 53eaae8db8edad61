using System.Globalization;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Reports;

/// <summary>
/// A gathering's status reports frozen when their deadline passed, so later edits (after an organizer reopens a report)
/// show as changes against what was in at the deadline. People are kept by id (a member or an organizer), not by name,
/// and their names are resolved when the snapshot is read: erasing a person reaches the snapshot too. Pure.
/// </summary>
public static class ReportSnapshots
{
    /// <summary>The reports of <paramref name="gathering"/> as they stand, without names (ids instead), save tokens or section versions.</summary>
    public static ReportSnapshot Freeze(NetworkPlan plan, int gathering, IEnumerable<StatusReport> reports, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reports);
        return new ReportSnapshot(gathering, at, [.. reports.Where(r => r.Gathering == gathering).OrderBy(r => r.TeamId, StringComparer.Ordinal).Select(r => new FrozenReport(
            r with { SubmittedBy = null, LastEditedBy = null, SaveToken = null, SectionVersions = new Dictionary<string, string>(StringComparer.Ordinal) },
            PersonId(plan, r.TeamId, r.SubmittedBy), PersonId(plan, r.TeamId, r.LastEditedBy)))]);
    }

    /// <summary>The id of the person <paramref name="name"/> names: a member of the team, else an organizer; null when none is.</summary>
    public static string? PersonId(NetworkPlan plan, string teamId, string? name)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return name is null ? null
            : plan.MembersOf(teamId).FirstOrDefault(m => m.Name == name)?.Id ?? plan.Network.Organizers.FirstOrDefault(o => o.Name == name)?.Id;
    }

    /// <summary>The person's name now (a member or an organizer), or null when no one in the plan has the id any more.</summary>
    public static string? Name(NetworkPlan plan, string? personId)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return personId is null ? null : plan.Members.FirstOrDefault(m => m.Id == personId)?.Name ?? plan.Network.Organizers.FirstOrDefault(o => o.Id == personId)?.Name;
    }

    /// <summary>
    /// What changed since the snapshot, team by team: the state, each answer asked at the gathering (tasks by their
    /// outcome and comment), and a report that was not there at all.
    /// </summary>
    public static IReadOnlyList<ReportChange> Changes(NetworkPlan plan, ReportSnapshot snapshot, IReadOnlyList<StatusReport> current)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(current);
        var asked = StatusReportRules.Asked(plan, snapshot.Gathering).Where(i => i.Kind != ReportItemKind.TaskOutcomes).Select(i => i.Id).ToList();
        var changes = new List<ReportChange>();
        foreach (var now in current.Where(r => r.Gathering == snapshot.Gathering).OrderBy(r => r.TeamId, StringComparer.Ordinal))
        {
            var then = snapshot.Reports.FirstOrDefault(f => f.Report.TeamId == now.TeamId)?.Report;
            void Compare(string item, string? before, string? after)
            {
                if (!string.Equals(before, after, StringComparison.Ordinal))
                {
                    changes.Add(new ReportChange(now.TeamId, item, before, after));
                }
            }

            Compare("state", then?.State.ToString(), now.State.ToString());
            foreach (var id in asked)
            {
                Compare(id, then?.Answer(id, CultureInfo.InvariantCulture), now.Answer(id, CultureInfo.InvariantCulture));
            }

            foreach (var task in now.Tasks.Select(x => x.TaskId).Union(then?.Tasks.Select(x => x.TaskId) ?? [], StringComparer.Ordinal))
            {
                static string? Of(StatusReport? r, string id) => r?.Tasks.FirstOrDefault(x => x.TaskId == id) is { } x ? $"{x.Outcome}: {x.Comment}" : null;
                Compare("task." + task, Of(then, task), Of(now, task));
            }
        }

        return changes;
    }
}

/// <summary>A gathering's reports as they were when frozen.</summary>
public sealed record ReportSnapshot(int Gathering, DateTimeOffset FrozenAt, IReadOnlyList<FrozenReport> Reports);

/// <summary>One team's report in a snapshot: the report without names, and who sent and last saved it, by id.</summary>
public sealed record FrozenReport(StatusReport Report, string? SubmittedById, string? LastEditedById);

/// <summary>One answer (or the state) that differs from the snapshot: what it was and what it is now.</summary>
public sealed record ReportChange(string TeamId, string Item, string? Before, string? After);
