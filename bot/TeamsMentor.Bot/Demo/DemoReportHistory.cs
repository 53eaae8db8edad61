using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Tasks;

namespace TeamsMentor.Bot.Demo;

/// <summary>
/// What two years of work leave in the demo (Development only, invented people and texts, the real calendar): a status
/// report from every team for every gathering from the second whose deadline has passed by the demo clock (the last
/// team's first never got past a draft, a few come late, the fourth team's fourth was reopened and sent again), with figures that grow
/// to the Nord final report's, and each team's task progress with progress-plan steps toward the next gathering.
/// Pure and the same on every run: the seeder writes only what is not stored yet.
/// </summary>
internal static class DemoReportHistory
{
    /// <summary>
    /// Each Nord team's figures in its last report: per municipality they add up to the final report's table (Tromsø
    /// 45/45/64/9 over its four units, Senja 5/5/2/0, Hammerfest 19/19/8/0, Dyrøy 4/4/7/1). Other plans' teams get
    /// figures of their own size.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, MentorFigures> FinalFigures = new Dictionary<string, MentorFigures>(StringComparer.Ordinal)
    {
        ["tromso-sone-1"] = new(12, 12, 17, 3),
        ["tromso-sone-2"] = new(10, 10, 14, 2),
        ["tromso-sone-3"] = new(11, 11, 16, 2),
        ["tromso-sykehjem"] = new(12, 12, 17, 2),
        ["hammerfest"] = new(19, 19, 8, 0),
        ["senja"] = new(5, 5, 2, 0),
        ["dyroy"] = new(4, 4, 7, 1),
    };

    /// <summary>Every report the history holds by <paramref name="now"/>.</summary>
    public static IReadOnlyList<StatusReport> Reports(NetworkPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var reports = new List<StatusReport>();
        var past = plan.Gatherings.Where(g => g.Number >= 2 && Deadlines.StatusReport(plan.Network, g) <= now).OrderBy(g => g.Number).ToList();
        // The gatherings that ask for figures, but the last one (its report repeats the final figures): the same whatever the clock.
        var last = plan.Gatherings.Max(g => g.Number);
        var figuresFrom = plan.Gatherings.Where(g => g.Number < last && StatusReportRules.Asked(plan, g.Number).Any(i => ReportItems.Figures.Contains(i.Id)))
            .Select(g => g.Number).Order().ToList();
        foreach (var gathering in past)
        {
            foreach (var (team, t) in plan.Teams.Select((team, t) => (team, t)))
            {
                var report = Report(plan, team, t, gathering, figuresFrom);
                reports.Add(t == plan.Teams.Count - 1 && gathering.Number == 2
                    ? report with // the last team's first report was begun and never sent: missing, with a draft
                    {
                        State = StatusReportState.Draft, Measures = null, GoalAchievement = null, GoalAchievementText = null, Hours = null, FreeText = null,
                        Tasks = [], SubmittedBy = null, SubmittedAt = null, LastEditedAt = report.SubmittedAt!.Value.AddDays(-9),
                    }
                    : report);
            }
        }

        return reports;
    }

    private static StatusReport Report(NetworkPlan plan, NetworkTeam team, int t, Gathering gathering, IReadOnlyList<int> figuresFrom)
    {
        var g = gathering.Number;
        var zone = plan.Network.Zone;
        var deadline = Deadlines.StatusReport(plan.Network, gathering);
        var members = plan.MembersOf(team.Id).ToList();
        string Person(int k) => members.Count == 0 ? team.Name : members[(t + g + k) % members.Count].Name;
        var reopened = t == 3 && g == 4;
        var late = reopened || (t + g) % 6 == 0;
        var day = NetworkClock.LocalDate(deadline, zone).AddDays(late ? 1 : -(2 + ((t * 3) + g) % 6));
        var submittedAt = NetworkClock.At(day, new TimeOnly(late ? 10 : 13 + (t % 3), (t * 17 + g * 7) % 60), zone);
        var tasks = StatusReportRules.TasksToAnswer(plan, g).Select((task, k) => TaskResultFor(team, task, t, g, k)).ToList();
        var (figures, notKnown) = Figures(plan, team, t, g, figuresFrom);
        var stage = Math.Clamp(g - 2, 0, SubGoals.Length - 1);
        return new StatusReport
        {
            TeamId = team.Id,
            Gathering = g,
            State = StatusReportState.Submitted,
            SubGoals = SubGoals[stage][(t + g) % SubGoals[stage].Length],
            Measures = Measures[stage][(t * 2 + g) % Measures[stage].Length],
            GoalAchievement = 3 + ((t + g * 2) % 3 == 0 ? 0 : (t + g) % 2 == 0 ? 2 : 1),
            GoalAchievementText = AchievementTexts[(t * 5 + g * 3) % AchievementTexts.Length],
            Hours = Math.Round((decimal)(12 + (g * 4) + (t * 5 % 23) + ((t + g) % 4 * 0.5)), 1),
            Figures = figures,
            NotKnown = notKnown,
            FreeText = (t + g) % 3 == 1 ? null : FreeTexts[(t * 7 + g * 5) % FreeTexts.Length],
            Tasks = tasks,
            SubmittedBy = Person(0),
            SubmittedAt = submittedAt,
            LastEditedBy = Person(0),
            LastEditedAt = submittedAt,
            Reopened = reopened,
            Values = FinalAnswers(plan, t, g),
        };
    }

    /// <summary>
    /// The team's sluttrapport, with the report before the last gathering: invented answers to the plan's final
    /// questions in the words of the Nord report's summary (goals, organization, activities, results, plans ahead).
    /// </summary>
    private static Dictionary<string, string> FinalAnswers(NetworkPlan plan, int t, int g)
    {
        var asked = StatusReportRules.Asked(plan, g).Where(i => i.FinalOnly).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, texts) in FinalTexts.Where(x => asked.Contains(x.Key)))
        {
            answers[id] = texts[t % texts.Length];
        }

        return answers;
    }

    private static readonly Dictionary<string, string[]> FinalTexts = new(StringComparer.Ordinal)
    {
        [ReportItems.FinalGoals] =
        [
            "Alle nytilsatte sykepleiere skal få tilbud om mentor det første året, og turnover blant nytilsatte skal ned.",
            "Et fast mentorprogram i hjemmetjenesten, med opplærte mentorer og tydelige rammer for mentorsamtalene.",
            "Å beholde flere nytilsatte: ingen skal slutte det første året fordi de står alene.",
            "Et mentorprogram som er en del av introduksjonen for alle nye, ikke et prosjekt.",
        ],
        [ReportItems.FinalOrganization] =
        [
            "Prosjektgruppa var leder, HR, tillitsvalgt og to mentorer. Vi møttes annenhver uke, kontaktpersonen fulgte opp mellom møtene.",
            "Enhetsleder ledet gruppa med en fagutvikler og en tillitsvalgt; kommunalsjef var orientert gjennom hele perioden.",
            "En liten gruppe på fire med faste møter etter hver samling, og arbeidsøkter i forkant av hver statusrapport.",
        ],
        [ReportItems.FinalActivities] =
        [
            "Lokal prosjektplan, rekruttering og opplæring av mentorer, kick-off for alle ansatte og faste mentorsamtaler hver sjette uke.",
            "Mentorkurs for åtte mentorer, et eget mentorprogram med avtaleskjema, og erfaringsmøter for mentorene hvert kvartal.",
            "Kartlegging av turnover, kick-off med ledelsen til stede, og en plan for spredning til resten av kommunen.",
        ],
        [ReportItems.FinalResults] =
        [
            "Alle nytilsatte siden i fjor har hatt mentor, og færre har sluttet enn før. Mentorene sier de har fått en ny rolle de trives i.",
            "Vi har opplærte mentorer og et program som brukes. Turnover blant nytilsatte med mentor er lavere enn landsgjennomsnittet.",
            "Tilbakemeldingene fra de nytilsatte er gode; de sier mentoren var viktig for at de ble.",
        ],
        [ReportItems.FinalPlans] =
        [
            "Programmet videreføres i drift, og vi sprer det til sykehjemmene neste år.",
            "Mentorordningen skrives inn i introduksjonsprogrammet, og nye mentorer læres opp hvert år.",
            "Vi fortsetter med egne midler og vil dele erfaringene med nabokommunene.",
        ],
    };

    private static TaskResult TaskResultFor(NetworkTeam team, TaskItem task, int t, int g, int k)
    {
        var outcome = ((t * 3) + g + k) % 7 == 0 ? TaskOutcome.Partly : ((t + k + g) % 13 == 5 ? TaskOutcome.NotYet : TaskOutcome.Done);
        var comment = outcome switch
        {
            TaskOutcome.Partly => PartlyComments[(t + g + k) % PartlyComments.Length],
            TaskOutcome.NotYet => NotYetComments[(t + k) % NotYetComments.Length],
            _ => (t + k + g) % 4 == 0 ? DoneComments[(t * 2 + k + g) % DoneComments.Length] : null,
        };
        var document = outcome != TaskOutcome.NotYet && Documents.TryGetValue(task.Id, out var file)
            ? [$"https://{team.MunicipalityId}kommune.sharepoint.com/sites/Mentorprogram/Delte%20dokumenter/{Uri.EscapeDataString(file)}"]
            : Array.Empty<string>();
        return new TaskResult(task.Id, outcome, comment) { Links = document };
    }

    /// <summary>
    /// Figures from the first gathering that asks for them: the smaller teams had no mentors yet at the first (not known
    /// yet); then each figure grows to the team's final one by the last report before the closing gathering (30, 55, 80
    /// and 100 % over the last four), mentors with training a step behind (the course started after the first count).
    /// </summary>
    private static (MentorFigures? Figures, IReadOnlyList<string> NotKnown) Figures(NetworkPlan plan, NetworkTeam team, int t, int g, IReadOnlyList<int> figuresFrom)
    {
        if (!StatusReportRules.Asked(plan, g).Any(i => ReportItems.Figures.Contains(i.Id)))
        {
            return (null, []);
        }

        var final = FinalFigures.GetValueOrDefault(team.Id) ?? new MentorFigures(4 + (t * 3 % 9), 4 + (t * 3 % 9), 3 + (t * 5 % 11), t % 3 == 0 ? 1 : 0);
        var index = figuresFrom.ToList().IndexOf(g); // -1: the closing gathering's report, which repeats the final figures
        if (index == 0 && final.Mentors <= 5)
        {
            return (null, [.. StatusReportRules.Asked(plan, g).Where(i => ReportItems.Figures.Contains(i.Id) && i.NotYetKnown).Select(i => i.Id)]);
        }

        double[] shares = [0.3, 0.55, 0.8, 1.0];
        var share = index < 0 ? 1.0 : shares[Math.Max(0, shares.Length - (figuresFrom.Count - index))];
        var trainedShare = index < 0 || index == figuresFrom.Count - 1 ? 1.0 : index == 0 ? 0 : share * 0.8;
        int Of(int value, double part) => (int)Math.Round(value * part, MidpointRounding.AwayFromZero);
        var mentors = Of(final.Mentors, share);
        var newHires = Of(final.NewHiresWithMentor, share);
        return (new MentorFigures(mentors, Math.Min(mentors, Of(final.MentorsTrained, trainedShare)), newHires, Math.Min(newHires, Of(final.NewHiresWithMentorQuit, share))), []);
    }

    /// <summary>
    /// The teams' progress on the tasks by <paramref name="now"/>: tasks due at a gathering that has begun are done;
    /// those due at the next one are under way, with a progress plan of three steps (the earlier ones ticked off), once
    /// the team has made its plan.
    /// </summary>
    public static IReadOnlyList<TeamTaskProgress> Progress(NetworkPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var next = Deadlines.CurrentOrNext(plan, now);
        var list = new List<TeamTaskProgress>();
        foreach (var (team, t) in plan.Teams.Select((team, t) => (team, t)))
        {
            var members = plan.MembersOf(team.Id).ToList();
            foreach (var (task, k) in plan.Tasks.Select((task, k) => (task, k)))
            {
                var given = plan.GatheringNumber(task.GivenAt);
                if (given is null || given.End > now)
                {
                    continue; // not handed out yet
                }

                var owner = members.Count == 0 ? null : members[(t + k) % members.Count].Id;
                if (next is null || task.GivenAt < next.Number - 1)
                {
                    // Finished in the days before the gathering after the one that gave it.
                    var doneBy = plan.GatheringNumber(task.GivenAt + 1) is { } after ? after.Start.AddDays(-3 - ((t + k) % 5)) : given.End.AddDays(30);
                    list.Add(new TeamTaskProgress
                    {
                        TeamId = team.Id, TaskId = task.Id, State = TaskState.Done, OwnerMemberId = owner, UpdatedAt = doneBy < now ? doneBy : now,
                    });
                    continue;
                }

                // Handed out at the last gathering: the progress plan toward the next one, made some days after it was
                // asked (2, 6 or 10), so that a demo standing in the period shows plans open, started and made; the last
                // team (Dyrøy, the network's slowest) makes none, so its plan is missing once the deadline has passed.
                if (ProgressPlans.Period(plan, task.GivenAt) is not { } period || t == plan.Teams.Count - 1
                    || now < period.Opens.AddDays(t % 3 * 4 + 2))
                {
                    continue;
                }

                var from = NetworkClock.LocalDate(given.End, plan.Network.Zone);
                var to = NetworkClock.LocalDate(next.Start, plan.Network.Zone);
                var span = Math.Max(3, to.DayNumber - from.DayNumber);
                var today = NetworkClock.LocalDate(now, plan.Network.Zone);
                var steps = StepTexts[(t + k) % StepTexts.Length].Select((text, s) =>
                {
                    var due = s == 2 ? to.AddDays(-3) : from.AddDays(span * (s + 1) / 3); // the last step just before the gathering
                    var who = members.Count == 0 ? null : members[(t + k + s + 1) % members.Count].Id;
                    return new ProgressStep($"demo-{task.Id}-{s + 1}", text, who, due, due < today);
                }).ToList();
                var state = steps.All(s => s.Done) ? TaskState.Done : TaskState.InProgress;
                // Last saved when the plan was made, when its latest step due by now was ticked off (that afternoon), or
                // some days ago (2, 5, 8 or 11: the teams keep working in Min plan), whichever is latest.
                var planned = period.Opens.AddDays(t % 3 * 4 + 2);
                var ticked = steps.Where(s => s.Done).Select(s => NetworkClock.At(s.DueDate!.Value, new TimeOnly(14, 0), plan.Network.Zone)).Where(at => at <= now);
                var updated = ticked.Append(planned).Append(now.AddDays(-(2 + (t % 4 * 3)))).Max();
                list.Add(new TeamTaskProgress { TeamId = team.Id, TaskId = task.Id, State = state, OwnerMemberId = owner, Steps = steps, UpdatedAt = updated });
            }
        }

        return list;
    }

    private static readonly Dictionary<string, string> Documents = new(StringComparer.Ordinal)
    {
        ["lokal-prosjektplan"] = "Prosjektplan mentorprogram.docx",
        ["utkast-mentorprogram"] = "Mentorprogram utkast.docx",
        ["plan-spredning"] = "Plan for spredning og implementering.docx",
        ["malinger"] = "Målinger turnover og sykefravær.xlsx",
    };

    // Invented answers in the words teams use, by the stage of the work (the report before gathering 2, 3, ... 6+).
    private static readonly string[][] SubGoals =
    [
        [
            "Prosjektgruppa er satt sammen med leder, HR og tillitsvalgt, og vi har møter annenhver uke.",
            "Forankre mentorprogrammet i ledergruppa og få et tydelig mandat for prosjektgruppa.",
            "Lage en lokal prosjektplan med milepæler fram mot neste samling.",
            "Bli enige om hvem som er kontaktperson og hvordan vi fordeler arbeidet i teamet.",
            "Kartlegge hvor mange sykepleiere som er ansatt det siste året, og hvor mange som har sluttet.",
        ],
        [
            "Ha oversikt over turnover og sykefravær blant nytilsatte de siste to årene.",
            "Rekruttere de første mentorene blant erfarne sykepleiere på hver enhet.",
            "Sende søknad om kompetansemidler til Statsforvalteren innen fristen.",
            "Finne ut hvilke målinger vi kan hente fra HR uten ekstra arbeid.",
            "Få lederne på enhetene til å peke ut aktuelle mentorer.",
        ],
        [
            "Alle mentorene skal ha startet på mentorkurset hos NordTro.",
            "Ha et første utkast til mentorprogram som ledergruppa kan gi innspill på.",
            "Sette av tid i turnus slik at mentor og mentee kan møtes hver måned.",
            "Lage rutine for hvordan nytilsatte får tilbud om mentor i introduksjonsperioden.",
            "Holde mentorene motivert mens de venter på de første menteene.",
        ],
        [
            "Gjennomføre kick-off for mentorprogrammet med ledere, mentorer og nytilsatte.",
            "Alle nytilsatte sykepleiere siden august skal ha fått tilbud om mentor.",
            "Få mentorprogrammet inn i kommunens introduksjonsprogram for nytilsatte.",
            "Synliggjøre mentorprogrammet på intranett og i personalmøter.",
            "Samle erfaringer fra de første mentorparene.",
        ],
        [
            "Lage plan for spredning av mentorprogrammet til flere enheter i helse og omsorg.",
            "Avklare hvem som eier mentorprogrammet i linja når prosjektet er over.",
            "Få mentorordningen inn i budsjettet for neste år.",
            "Utvide tilbudet til helsefagarbeidere på sykehjemmene.",
            "Sikre at nye mentorer får kurs, også etter at læringsnettverket er avsluttet.",
        ],
    ];

    private static readonly string[][] Measures =
    [
        [
            "Møte med kommunalsjef for å presentere læringsnettverket og få ledelsen med.",
            "Prosjektgruppemøter annenhver torsdag, med referat i Teams.",
            "Innlegg om mentorprogrammet på personalmøtet i hjemmetjenesten.",
            "Hentet ut tall fra HR på ansettelser og avganger siste år.",
        ],
        [
            "Intervjuet ti nytilsatte om hva som var vanskelig det første halvåret.",
            "Sendte ut invitasjon til å bli mentor til alle sykepleiere med mer enn tre års erfaring.",
            "Laget søknad om midler sammen med økonomiavdelingen.",
            "Satte opp enkel måling av turnover per kvartal i samarbeid med HR.",
        ],
        [
            "Mentorene har meldt seg på NordTro-kurset og møtes for å følge samlingene sammen.",
            "Skrev utkast til mentorprogram ut fra malen fra samlingen og erfaringene fra Trondheim.",
            "Tok opp tid til mentorsamtaler med turnusansvarlig.",
            "Lagde en enkel avtale mellom mentor og mentee.",
        ],
        [
            "Kick-off med kake, ordføreren og historier fra de første mentorparene.",
            "Mentorparene har fått en felles samtaleguide og møtes minst en gang i måneden.",
            "HR legger tilbud om mentor inn i tilbudsbrevet til nye sykepleiere.",
            "Mentorene har egne erfaringsmøter hver sjette uke.",
        ],
        [
            "Presenterte resultatene for ledergruppa i helse og omsorg.",
            "Laget en plan for spredning med ansvar og tidsplan for hver enhet.",
            "Mentorprogrammet er tatt inn i lederavtalene for enhetslederne.",
            "Nye mentorer er meldt på neste kursrunde.",
        ],
    ];

    private static readonly string[] AchievementTexts =
    [
        "Vi er i rute, men det har vært travelt med mye sykefravær i perioden.",
        "Godt i gang. Ledelsen er tydelig på at dette skal prioriteres.",
        "Litt forsinket fordi en i teamet har vært i permisjon, men vi tar det igjen.",
        "Bedre enn ventet: mentorene er engasjerte og de nytilsatte spør selv etter mentor.",
        "Vi har nådd det meste. Turnusen gjør det vanskelig å finne tid til alle møtene.",
        "Fornøyd med framdriften. Det hjelper å ha fast møtetid i teamet.",
        "Noe har tatt lengre tid enn planlagt, særlig å få tall fra HR.",
        "Vi har fått mye gjort, og de første tilbakemeldingene fra menteene er gode.",
        "Arbeidet går jevnt. Vi trenger mer hjelp fra HR med målingene.",
    ];

    private static readonly string[] FreeTexts =
    [
        "Vi ønsker å høre mer om hvordan de andre kommunene har organisert mentorsamtalene i turnus.",
        "Det er krevende å frigjøre tid når bemanningen er lav. Vi tar gjerne imot tips.",
        "Tusen takk for god oppfølging fra prosjektgruppa mellom samlingene.",
        "En av mentorene våre har sagt ja til å fortelle om sine erfaringer på samlingen.",
        "Vi har fått henvendelser fra sykehjemmene som også vil være med.",
        "Kan vi få malen for spredningsplanen i Word?",
        "Det var nyttig å snakke med Senja om hvordan de gjorde det som en liten kommune.",
        "Vi savner en enkel måte å følge med på hvem som har mentor nå.",
        "Ledergruppa har bedt om en kort orientering etter neste samling.",
        "Mentorene ønsker seg flere samlinger der de kan møte mentorer fra andre kommuner.",
        "Vi har hatt to nytilsatte som sluttet, begge på grunn av flytting.",
    ];

    private static readonly string[] PartlyComments =
    [
        "Halvveis: mangler innspill fra en av enhetene.",
        "Utkastet er klart, men ledergruppa har ikke behandlet det ennå.",
        "Vi har tallene for hjemmetjenesten, ikke for sykehjemmet.",
        "Tre av fem planlagte mentorer har sagt ja.",
        "Påbegynt, ferdigstilles i løpet av neste måned.",
    ];

    private static readonly string[] NotYetComments =
    [
        "Utsatt til etter sommerferien på grunn av bemanning.",
        "Venter på svar fra Statsforvalteren før vi går videre.",
    ];

    private static readonly string[] DoneComments =
    [
        "Ligger i teamets mappe i Teams.",
        "Godkjent i ledergruppa.",
        "Gjennomført sammen med HR.",
        "Presenteres på samlingen.",
    ];

    private static readonly string[][] StepTexts =
    [
        ["Sette opp møte i prosjektgruppa", "Skrive første utkast", "Få innspill fra ledergruppa"],
        ["Hente tall fra HR", "Gå gjennom tallene i teamet", "Lage en kort oppsummering til samlingen"],
        ["Avklare ansvar med enhetslederne", "Informere på personalmøtet", "Følge opp de som ikke har svart"],
        ["Booke rom og invitere", "Lage program", "Sende påminnelse og oppsummere etterpå"],
    ];
}
