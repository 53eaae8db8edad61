namespace TeamsMentor.Domain.Reports;

/// <summary>
/// The status report's questions as the networks have asked them so far: a plan without <c>reportItems</c> gets these,
/// and a report saved before plans carried them reads unchanged. The ids below are stored in their own columns; any
/// other id a plan adds is stored with the report's other answers.
/// </summary>
public static class ReportItems
{
    public const string Tasks = "tasks";
    public const string SubGoals = "subGoals";
    public const string Measures = "measures";
    public const string GoalAchievement = "goalAchievement";
    public const string GoalAchievementText = "goalAchievementText";
    public const string Hours = "hours";
    public const string Mentors = "mentors";
    public const string MentorsTrained = "mentorsTrained";
    public const string NewHiresWithMentor = "newHiresWithMentor";
    public const string NewHiresWithMentorQuit = "newHiresWithMentorQuit";
    public const string FreeText = "freeText";
    public const string Turnover = "turnover";
    public const string FinalGoals = "finalGoals";
    public const string FinalOrganization = "finalOrganization";
    public const string FinalActivities = "finalActivities";
    public const string FinalResults = "finalResults";
    public const string FinalPlans = "finalPlans";

    /// <summary>The figures the network sums (the final report's table), in its order.</summary>
    public static IReadOnlyList<string> Figures { get; } = [Mentors, MentorsTrained, NewHiresWithMentor, NewHiresWithMentorQuit];

    /// <summary>The kind each well-known id must have (it is stored in a typed column).</summary>
    public static IReadOnlyDictionary<string, ReportItemKind> KnownKinds { get; } = new Dictionary<string, ReportItemKind>(StringComparer.Ordinal)
    {
        [Tasks] = ReportItemKind.TaskOutcomes,
        [SubGoals] = ReportItemKind.Text,
        [Measures] = ReportItemKind.Text,
        [GoalAchievement] = ReportItemKind.Likert,
        [GoalAchievementText] = ReportItemKind.Text,
        [Hours] = ReportItemKind.Number,
        [Mentors] = ReportItemKind.Count,
        [MentorsTrained] = ReportItemKind.Count,
        [NewHiresWithMentor] = ReportItemKind.Count,
        [NewHiresWithMentorQuit] = ReportItemKind.Count,
        [FreeText] = ReportItemKind.Text,
    };

    /// <summary>
    /// Every id the app itself defines (they keep their camelCase names, which plans' own ids, slugs, do not have): the
    /// typed ones above, turnover and the sluttrapport's questions (stored with the report's other answers).
    /// </summary>
    public static IReadOnlySet<string> AppIds { get; } =
        new HashSet<string>([.. KnownKinds.Keys, Turnover, FinalGoals, FinalOrganization, FinalActivities, FinalResults, FinalPlans], StringComparer.Ordinal);

    public static IReadOnlyList<ReportItem> Defaults { get; } =
    [
        new() { Id = Tasks, Kind = ReportItemKind.TaskOutcomes, Section = ReportSection.Tasks, Required = true,
            TextNb = "Oppgavene fra forrige samling", TextEn = "The tasks from the previous gathering" },
        new() { Id = SubGoals, Kind = ReportItemKind.Text, Section = ReportSection.Goals, Required = true, TextNb = "Delmål", TextEn = "Sub-goals",
            DefinitionNb = "Hva teamet vil ha nådd før neste samling.", DefinitionEn = "What the team wants to have reached before the next gathering." },
        new() { Id = Measures, Kind = ReportItemKind.Text, Section = ReportSection.Goals, Required = true, TextNb = "Tiltak", TextEn = "Measures",
            DefinitionNb = "Hva teamet gjør for å nå delmålene.", DefinitionEn = "What the team does to reach the sub-goals." },
        new() { Id = GoalAchievement, Kind = ReportItemKind.Likert, Section = ReportSection.Goals, Required = true,
            TextNb = "Måloppnåelse (1 = i liten grad, 5 = i svært stor grad)", TextEn = "Goal achievement (1 = to a small extent, 5 = to a very large extent)" },
        new() { Id = GoalAchievementText, Kind = ReportItemKind.Text, Section = ReportSection.Goals,
            TextNb = "Kommentar til måloppnåelsen", TextEn = "Comment on the goal achievement" },
        new() { Id = Hours, Kind = ReportItemKind.Number, Section = ReportSection.Hours, Required = true,
            TextNb = "Timer teamet har brukt til sammen siden forrige samling", TextEn = "Hours the team has spent in all since the last gathering",
            DefinitionNb = "Alle i teamet lagt sammen. Desimaler går fint, f.eks. 7,5.", DefinitionEn = "Everyone on the team added up. Decimals are fine, e.g. 7.5." },
        new() { Id = Mentors, Kind = ReportItemKind.Count, Section = ReportSection.Figures, Required = true, FromGathering = 3, NotYetKnown = true, Direction = MeasureDirection.Up,
            TextNb = "Mentorer", TextEn = "Mentors",
            DefinitionNb = "Ansatte som er mentor for en nytilsatt nå.", DefinitionEn = "Employees who are a new hire's mentor now." },
        new() { Id = MentorsTrained, Kind = ReportItemKind.Count, Section = ReportSection.Figures, Required = true, FromGathering = 3, NotYetKnown = true, Direction = MeasureDirection.Up,
            TextNb = "Mentorer med kompetanse (fullført mentorkurs)", TextEn = "Mentors with competence (completed mentor course)",
            DefinitionNb = "Av mentorene: de som har formell mentor- eller veilederutdanning.", DefinitionEn = "Of the mentors: those with formal mentor or supervisor training." },
        new() { Id = NewHiresWithMentor, Kind = ReportItemKind.Count, Section = ReportSection.Figures, Required = true, FromGathering = 3, NotYetKnown = true, Direction = MeasureDirection.Up,
            TextNb = "Nytilsatte med mentor", TextEn = "New hires with a mentor",
            DefinitionNb = "Nytilsatte sykepleiere som har eller har hatt mentor i programmet.", DefinitionEn = "Newly hired nurses who have or have had a mentor in the program." },
        new() { Id = NewHiresWithMentorQuit, Kind = ReportItemKind.Count, Section = ReportSection.Figures, Required = true, FromGathering = 3, NotYetKnown = true, Direction = MeasureDirection.Down,
            TextNb = "Av dem: sluttet", TextEn = "Of them: quit",
            DefinitionNb = "Nytilsatte med mentor som har sluttet i kommunen.", DefinitionEn = "New hires with a mentor who have left the municipality." },
        new() { Id = Turnover, Kind = ReportItemKind.Ratio, Section = ReportSection.Figures, Numerator = NewHiresWithMentorQuit, Denominator = NewHiresWithMentor,
            Direction = MeasureDirection.Down, Target = 0.30m, TargetLabelNb = "Nasjonalt om lag 30 %", TargetLabelEn = "Nationally about 30 %",
            TextNb = "Turnover blant nytilsatte med mentor", TextEn = "Turnover among new hires with a mentor",
            DefinitionNb = "Av dem: sluttet, delt på nytilsatte med mentor.", DefinitionEn = "Of them: quit, divided by new hires with a mentor." },
        // The sluttrapport: the five questions every Nord team answered at the end, with the last report (and its figures).
        new() { Id = FinalGoals, Kind = ReportItemKind.Text, Section = ReportSection.Final, Required = true, FinalOnly = true,
            TextNb = "Hvilke mål satte teamet seg for læringsnettverket?", TextEn = "What goals did the team set for the learning network?" },
        new() { Id = FinalOrganization, Kind = ReportItemKind.Text, Section = ReportSection.Final, Required = true, FinalOnly = true,
            TextNb = "Hvordan var prosjektgruppa organisert?", TextEn = "How was the project group organized?" },
        new() { Id = FinalActivities, Kind = ReportItemKind.Text, Section = ReportSection.Final, Required = true, FinalOnly = true,
            TextNb = "Hvilke aktiviteter har teamet gjennomført?", TextEn = "What activities has the team carried out?" },
        new() { Id = FinalResults, Kind = ReportItemKind.Text, Section = ReportSection.Final, Required = true, FinalOnly = true,
            TextNb = "Hvilke resultater har teamet oppnådd?", TextEn = "What results has the team achieved?" },
        new() { Id = FinalPlans, Kind = ReportItemKind.Text, Section = ReportSection.Final, Required = true, FinalOnly = true,
            TextNb = "Hvilke planer har kommunen for mentorprogrammet videre?", TextEn = "What are the municipality's plans for the mentor program from here?" },
        new() { Id = FreeText, Kind = ReportItemKind.Text, Section = ReportSection.Other, TextNb = "Annet teamet vil fortelle", TextEn = "Anything else the team wants to tell" },
    ];
}
