namespace TeamsMentor.Domain.Reports;

/// <summary>
/// A team's statusrapport before a gathering: sub-goals, measures, goal achievement, hours since the last gathering,
/// task results and the figures the network reports.
/// </summary>
public sealed record StatusReport
{
    public required int Gathering { get; init; }
    public required string TeamId { get; init; }
    public StatusReportState State { get; init; }
    public string? SubGoals { get; init; }
    public string? Measures { get; init; }

    /// <summary>Måloppnåelse on a 1-5 scale, with text.</summary>
    public int? GoalAchievement { get; init; }
    public string? GoalAchievementText { get; init; }
    public decimal? Hours { get; init; }
    public MentorFigures? Figures { get; init; }
    public string? FreeText { get; init; }

    /// <summary>The tasks given at the previous gathering, each answered.</summary>
    public IReadOnlyList<TaskResult> Tasks { get; init; } = [];

    /// <summary>Answers to the plan's own report items (ids other than <see cref="ReportItems"/>' well-known ones), as typed.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Items answered "not known yet" (figures before the first mentors exist).</summary>
    public IReadOnlyList<string> NotKnown { get; init; } = [];

    /// <summary>
    /// Each saved section's version (section name → a token new on every save of that section): a section's form
    /// carries the one it was built from, so two members saving different sections do not conflict, the same one does.
    /// </summary>
    public IReadOnlyDictionary<string, string> SectionVersions { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string? SubmittedBy { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>Who saved it last (a name, for the card) and when.</summary>
    public string? LastEditedBy { get; init; }
    public DateTimeOffset? LastEditedAt { get; init; }

    /// <summary>An organizer reopened it after the deadline: the team may edit and submit again.</summary>
    public bool Reopened { get; init; }

    /// <summary>
    /// The save token of the card form that wrote this version: a save sent again after "could not confirm" finds
    /// its own earlier write by it (and saves over it) instead of taking it for someone else's.
    /// </summary>
    public string? SaveToken { get; init; }

    /// <summary>
    /// The answer to an item as text (numbers in <paramref name="provider"/>'s format), or null when there is none:
    /// the app's own items from their fields, a plan's own from <see cref="Values"/>. Not the tasks (their own list).
    /// </summary>
    public string? Answer(string itemId, IFormatProvider provider) => itemId switch
    {
        ReportItems.SubGoals => SubGoals,
        ReportItems.Measures => Measures,
        ReportItems.GoalAchievement => GoalAchievement?.ToString(provider),
        ReportItems.GoalAchievementText => GoalAchievementText,
        ReportItems.Hours => Hours?.ToString(provider),
        ReportItems.FreeText => FreeText,
        ReportItems.Mentors => Figures?.Mentors.ToString(provider),
        ReportItems.MentorsTrained => Figures?.MentorsTrained.ToString(provider),
        ReportItems.NewHiresWithMentor => Figures?.NewHiresWithMentor.ToString(provider),
        ReportItems.NewHiresWithMentorQuit => Figures?.NewHiresWithMentorQuit.ToString(provider),
        _ => Values.GetValueOrDefault(itemId),
    };

    /// <summary>Equal when every answer is: lists and maps compared by their contents (a record would compare them by reference).</summary>
    public bool Equals(StatusReport? other) =>
        other is not null && Gathering == other.Gathering && TeamId == other.TeamId && State == other.State && SubGoals == other.SubGoals
        && Measures == other.Measures && GoalAchievement == other.GoalAchievement && GoalAchievementText == other.GoalAchievementText
        && Hours == other.Hours && Figures == other.Figures && FreeText == other.FreeText && Tasks.SequenceEqual(other.Tasks)
        && Same(Values, other.Values) && NotKnown.SequenceEqual(other.NotKnown) && Same(SectionVersions, other.SectionVersions)
        && SubmittedBy == other.SubmittedBy && SubmittedAt == other.SubmittedAt && LastEditedBy == other.LastEditedBy
        && LastEditedAt == other.LastEditedAt && Reopened == other.Reopened && SaveToken == other.SaveToken;

    public override int GetHashCode() => HashCode.Combine(Gathering, TeamId, State, SubGoals, Hours, Tasks.Count, Values.Count, SubmittedAt);

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(x => b.TryGetValue(x.Key, out var v) && v == x.Value);
}
