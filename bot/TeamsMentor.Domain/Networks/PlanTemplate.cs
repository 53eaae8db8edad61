namespace TeamsMentor.Domain.Networks;

/// <summary>
/// A new network's first plan: from an existing network's plan as a template, or empty. The new network's organizer is
/// the person who starts it; no one else's name, and nothing anyone answered, comes along (answers are not in a plan).
/// </summary>
public static class PlanTemplate
{
    /// <summary>How long a network runs when it starts empty: learning networks run about two years.</summary>
    public const int EmptyPeriodYears = 2;

    /// <summary>
    /// The template's plan moved to <paramref name="start"/>: the period starts that day and ends as long after it as the
    /// template's did; gatherings, phases and task deadlines move by the whole number of weeks nearest to the same
    /// distance, so gatherings keep their weekday and local time of day. Themes, agendas, places, tasks, the schedule
    /// and the evaluation and report questions come along; the description, the organizers, the members and the channel
    /// links do not. With <paramref name="withTeams"/> the municipalities and their teams come along without members.
    /// </summary>
    public static NetworkPlan From(NetworkPlan template, string id, string name, DateOnly start, Organizer creator, bool withTeams)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(creator);
        var source = template.Network;
        var zone = NetworkPlanRules.SafeZone(source);
        var days = start.DayNumber - source.Start.DayNumber;
        var weeks = (int)Math.Round(days / 7.0, MidpointRounding.AwayFromZero);
        DateTimeOffset Move(DateTimeOffset instant) => NetworkClock.AddLocalDays(instant, weeks * 7, zone);
        return new NetworkPlan
        {
            Network = source with
            {
                Id = id,
                Name = name,
                Description = null,
                Start = start,
                End = start.AddDays(source.End.DayNumber - source.Start.DayNumber),
                Organizers = [creator],
                Phases = [.. source.Phases.Select(p => p with { Start = p.Start.AddDays(weeks * 7), End = p.End.AddDays(weeks * 7) })],
                Municipalities = withTeams ? source.Municipalities : [],
                OrganizerChannel = null,
            },
            Gatherings = [.. template.Gatherings.Select(g => g with
            {
                Start = Move(g.Start),
                End = Move(g.End),
                StatusReportDeadline = g.StatusReportDeadline is { } d ? Move(d) : null,
                EvaluationCloses = g.EvaluationCloses is { } c ? Move(c) : null,
                MeetingUrl = null, // the template's meetings were for its own dates
            })],
            Teams = withTeams ? [.. template.Teams.Select(t => t with { ContactPersonId = null, AdvisorId = null, Channel = null })] : [],
            Members = [],
            Tasks = [.. template.Tasks.Select(t => t with { DueAt = t.DueAt is { } due ? Move(due) : null })],
            EvaluationItems = template.EvaluationItems,
            ReportItems = template.ReportItems,
        };
    }

    /// <summary>An empty plan: the period, the creator as organizer, Europe/Oslo, bokmål and the default report questions.</summary>
    public static NetworkPlan Empty(string id, string name, DateOnly start, Organizer creator)
    {
        ArgumentNullException.ThrowIfNull(creator);
        return new NetworkPlan
        {
            Network = new LearningNetwork
            {
                Id = id,
                Name = name,
                Start = start,
                End = start.AddYears(EmptyPeriodYears).AddDays(-1),
                Organizers = [creator],
            },
        };
    }
}
