using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TeamsMentor.Bot.Reports;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.Plans;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Domain.Storage;
using TeamsMentor.Testing;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The status-report card's actions through the real host (Universal Actions invokes from the team's channel), with
/// the Nord plan on Azurite and the clock at 12 April 2023 (gathering 3 on 26 April, report due by the end of 25 April).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ReportActionTests : HostTestBase
{
    private const string Organizer = "aad-organizer-1";
    private const string Hanne = "aad-hanne";
    private const string Silje = "aad-silje";
    private const string Trine = "aad-trine"; // tromso-sone-2
    private const string Network = "mentorprogram-nord";
    private readonly FakeTimeProvider _clock;

    public ReportActionTests(AzuriteFixture azurite)
        : this(azurite, new FakeTimeProvider(new DateTimeOffset(2023, 4, 12, 9, 0, 0, TimeSpan.FromHours(2))))
    {
    }

    private ReportActionTests(AzuriteFixture azurite, FakeTimeProvider clock)
        : base(azurite, clock: clock)
    {
        _clock = clock;
        var plan = NetworkPlanDocument.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "plans", "mentorprogram-nord.json"))).Plan!;
        plan = plan with
        {
            Network = plan.Network with { Organizers = [plan.Network.Organizers[0] with { AadObjectId = Organizer }, .. plan.Network.Organizers.Skip(1)] },
            Members = [.. plan.Members.Select(m => m.Id switch
            {
                "tromso-sone-1-hanne" => m with { AadObjectId = Hanne },
                "tromso-sone-1-silje" => m with { AadObjectId = Silje },
                "tromso-sone-2-trine" => m with { AadObjectId = Trine },
                _ => m,
            })],
        };
        Factory.Services.GetRequiredService<INetworkRepository>().ImportAsync(plan, CancellationToken.None).GetAwaiter().GetResult();
        Factory.Connector.Fallback = _ => RecordingHandler.Json(HttpStatusCode.OK, """{"members":[]}""");
    }

    private IStatusReportRepository Reports => Factory.Services.GetRequiredService<IStatusReportRepository>();

    private async Task<JsonObject> InvokeAsync(string verb, JsonObject data, string aad, string name = "Hanne Solbakken")
    {
        var response = await PostAsync(TeamsPayloads.ChannelInvoke(verb, data.ToJsonString(), aad, name));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        return body["value"]!.AsObject();
    }

    private static JsonObject Data(int gathering = 3, string team = "tromso-sone-1", string? version = null, params (string Id, string Value)[] inputs)
    {
        var data = new ReportCardData(Network, team, gathering, version).ToJson();
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        return data;
    }

    private static readonly (string, string)[] Complete =
    [
        ("task.malinger", "partly"), ("task.malinger.comment", "HR teller"), ("task.rekrutter-mentorer", "done"), ("task.soknad-tilskudd", "notYet"),
        ("subGoals", "Mentor til alle nytilsatte"), ("measures", "Mentorkurs"), ("goalAchievement", "3"), ("hours", "12"),
        ("mentors", "6"), ("mentorsTrained", "4"), ("newHiresWithMentor", "9"), ("newHiresWithMentorQuit", "1"),
    ];

    private static string Texts(JsonNode? node) => node switch
    {
        JsonObject o => string.Join("\n", o.Select(p => Texts(p.Value))),
        JsonArray a => string.Join("\n", a.Select(Texts)),
        JsonValue v => v.ToString(),
        _ => "",
    };

    private static JsonNode? Input(JsonObject card, string id) => card["body"]!.AsArray().SingleOrDefault(e => (string?)e!["id"] == id);

    private static string? Version(JsonObject card) => (string?)card["actions"]![0]!["data"]!["version"];

    private static readonly Dictionary<ReportSection, (string, string)[]> BySection = new()
    {
        [ReportSection.Tasks] = [.. Complete.Where(c => c.Item1.StartsWith("task.", StringComparison.Ordinal))],
        [ReportSection.Goals] = [.. Complete.Where(c => c.Item1 is "subGoals" or "measures" or "goalAchievement")],
        [ReportSection.Hours] = [("hours", "12,5")],
        [ReportSection.Figures] = [.. Complete.Where(c => ReportItems.Figures.Contains(c.Item1))],
    };

    /// <summary>The section's form as the overview's button opens it (the form's data: its section version and save token).</summary>
    private async Task<JsonObject> OpenSectionAsync(ReportSection section, string aad = Hanne, string name = "Hanne Solbakken")
    {
        var overview = await InvokeAsync(ReportVerbs.Open, Data(), aad, name);
        var button = CardNodes.Buttons(overview, ReportVerbs.Section).Single(b => (string?)b["data"]!["section"] == section.ToString());
        return await InvokeAsync(ReportVerbs.Section, button["data"]!.AsObject(), aad, name);
    }

    /// <summary>"Lagre" on a section's form with these inputs.</summary>
    private Task<JsonObject> SaveFromAsync(JsonObject form, IEnumerable<(string Id, string Value)> inputs, string aad = Hanne, string name = "Hanne Solbakken")
    {
        var data = CardNodes.Buttons(form, ReportVerbs.SaveSection).Single()["data"]!.DeepClone().AsObject();
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        return InvokeAsync(ReportVerbs.SaveSection, data, aad, name);
    }

    private async Task<JsonObject> SaveSectionAsync(ReportSection section, string aad = Hanne, string name = "Hanne Solbakken", params (string Id, string Value)[] inputs) =>
        await SaveFromAsync(await OpenSectionAsync(section, aad, name), inputs.Length > 0 ? inputs : BySection[section], aad, name);

    private async Task<StatusReport?> StoredAsync() => (await Reports.GetAsync(Network, "tromso-sone-1", 3, CancellationToken.None))?.Value;

    [Fact]
    public async Task Open_TheOverview_EachSectionWithItsButton_NothingStartedYet()
    {
        var card = await InvokeAsync(ReportVerbs.Open, Data(), Hanne);

        Assert.Equal(["Tasks", "Goals", "Hours", "Figures", "Other"], CardNodes.Buttons(card, ReportVerbs.Section).Select(b => (string?)b["data"]!["section"]));
        var texts = Texts(card);
        Assert.Contains("Oppgavene fra samling 2", texts, StringComparison.Ordinal);
        Assert.Contains("Ikke påbegynt", texts, StringComparison.Ordinal);
        Assert.Contains("Valgfritt", texts, StringComparison.Ordinal); // "anything else" asks nothing required
        Assert.Contains("Når alle delene er fylt ut, kan rapporten sendes inn.", texts, StringComparison.Ordinal);
        var submit = CardNodes.Buttons(card, ReportVerbs.Submit).Single();
        Assert.Equal("", (string?)submit["data"]!["complete"]); // nothing to mark complete
        Assert.DoesNotContain(card["body"]!.AsArray(), e => ((string?)e!["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true); // no inputs on the overview
    }

    [Fact]
    public async Task Section_NewReport_PrefilledFromThePreviousOne_OnlyItsOwnInputs()
    {
        await Reports.SaveAsync(Network, new StatusReport { TeamId = "tromso-sone-1", Gathering = 2, State = StatusReportState.Submitted, SubGoals = "Fra forrige", Figures = new MentorFigures(5, 2, 7, 0) }, null, CancellationToken.None);

        var goals = await OpenSectionAsync(ReportSection.Goals);
        var figures = await OpenSectionAsync(ReportSection.Figures);
        var tasks = await OpenSectionAsync(ReportSection.Tasks);

        Assert.Equal("Fra forrige", (string?)Input(goals, "subGoals")!["value"]);
        Assert.Null(Input(goals, "mentors")); // one section at a time: it fits a phone
        Assert.Contains("Del 2 av 5", Texts(goals), StringComparison.Ordinal);
        Assert.Equal(5, (int)Input(figures, "mentors")!["value"]!);
        Assert.Equal("notYet", (string?)Input(tasks, "task.malinger")!["value"]);
        Assert.NotNull(Input(tasks, "task.soknad-tilskudd.link"));
        Assert.Equal([ReportVerbs.SaveSection, ReportVerbs.Open], goals["actions"]!.AsArray().Select(a => (string?)a!["verb"]));
        Assert.Equal("none", (string?)goals["actions"]![1]!["associatedInputs"]); // "back" sends nothing and saves nothing
        Assert.Null(await StoredAsync()); // opening saves nothing
    }

    [Fact]
    public async Task TwoMembers_DifferentSectionsBothKept_TheSameSectionIsAConflict_WithTheirInputKept()
    {
        var hanneGoals = await OpenSectionAsync(ReportSection.Goals);
        var siljeHours = await OpenSectionAsync(ReportSection.Hours, Silje, "Silje Rognli");
        var hanneFigures = await OpenSectionAsync(ReportSection.Figures);
        var siljeFigures = await OpenSectionAsync(ReportSection.Figures, Silje, "Silje Rognli");

        var afterGoals = await SaveFromAsync(hanneGoals, BySection[ReportSection.Goals]);
        var afterHours = await SaveFromAsync(siljeHours, [("hours", "7,5")], Silje, "Silje Rognli");
        Assert.Contains("Lagret: Mål og tiltak.", Texts(afterGoals), StringComparison.Ordinal);
        Assert.Contains("Lagret: Tid.", Texts(afterHours), StringComparison.Ordinal);
        var stored = (await StoredAsync())!;
        Assert.Equal(("Mentor til alle nytilsatte", 7.5m, StatusReportState.Draft, "Silje Rognli"), (stored.SubGoals, stored.Hours, stored.State, stored.LastEditedBy));

        await SaveFromAsync(hanneFigures, BySection[ReportSection.Figures]);
        var conflict = await SaveFromAsync(siljeFigures, [("mentors", "8"), ("mentorsTrained", "5"), ("newHiresWithMentor", "11"), ("newHiresWithMentorQuit", "2")], Silje, "Silje Rognli");

        var texts = Texts(conflict);
        Assert.Contains("Noen andre lagret denne delen mens du skrev.", texts, StringComparison.Ordinal);
        Assert.Equal(8, (int)Input(conflict, "mentors")!["value"]!); // Silje's input kept
        Assert.Contains("Mentorer\n6", texts, StringComparison.Ordinal); // and what Hanne saved is shown
        Assert.DoesNotContain("Mentor til alle nytilsatte", texts, StringComparison.Ordinal); // only this section's answers
        Assert.Equal(new MentorFigures(6, 4, 9, 1), (await StoredAsync())!.Figures);

        var overwrite = await SaveFromAsync(conflict, [("mentors", "8"), ("mentorsTrained", "5"), ("newHiresWithMentor", "11"), ("newHiresWithMentorQuit", "2")], Silje, "Silje Rognli");
        Assert.Contains("Lagret: Tall.", Texts(overwrite), StringComparison.Ordinal); // saving again is a deliberate overwrite
        Assert.Equal(new MentorFigures(8, 5, 11, 2), (await StoredAsync())!.Figures);
        Assert.Equal(7.5m, (await StoredAsync())!.Hours);
    }

    [Fact]
    public async Task AllSectionsSaved_SubmitFromTheOverview_StoredWithWhoAndWhen_AnswersKept_ChannelCardUpdated()
    {
        var deliveries = Factory.Services.GetRequiredService<IDeliveryStore>();
        var team = new DeliveryTarget("team|tromso-sone-1", TeamsPayloads.Tenant, TeamsPayloads.ServiceUrl, "19:tromso@thread.tacv2", "Sone 1");
        await deliveries.EnqueueAsync(new WaveRequest(DeliveryKeys.StatusPrompt(Network, 3, "tromso-sone-1"), Network, "StatusPrompt", _clock.GetUtcNow(), 3),
            [new DeliveryRequest(team, DeliveryOperation.NewThread, """{"type":"message"}""")], CancellationToken.None);
        var networks = Factory.Services.GetRequiredService<INetworkRepository>();
        Assert.Equal(WriteOutcome.Saved, await networks.SetChannelAsync(Network, "tromso-sone-1",
            new ChannelLink(TeamsPayloads.Tenant, TeamsPayloads.TeamId, "19:tromso@thread.tacv2", TeamsPayloads.ServiceUrl, _clock.GetUtcNow(), "test"),
            (await networks.GetTeamAsync(Network, "tromso-sone-1", CancellationToken.None))!.Version, CancellationToken.None));

        JsonObject overview = null!;
        foreach (var section in new[] { ReportSection.Tasks, ReportSection.Goals, ReportSection.Hours })
        {
            overview = await SaveSectionAsync(section);
        }

        Assert.Equal("", (string?)CardNodes.Buttons(overview, ReportVerbs.Submit).Single()["data"]!["complete"]); // the figures are missing
        Assert.Contains("Ikke påbegynt", Texts(overview), StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromDays(1)); // the next day, another member does the figures and sends it in
        overview = await SaveSectionAsync(ReportSection.Figures, Silje, "Silje Rognli");
        Assert.Contains("Alle delene er fylt ut. Rapporten kan sendes inn.", Texts(overview), StringComparison.Ordinal);
        var submitData = CardNodes.Buttons(overview, ReportVerbs.Submit).Single()["data"]!.AsObject();
        Assert.Equal(64, ((string?)submitData["complete"])!.Length);

        _clock.Advance(TimeSpan.FromHours(2));
        var submitted = await InvokeAsync(ReportVerbs.Submit, submitData, Silje, "Silje Rognli");

        Assert.Contains("Rapporten er sendt inn. Takk!", Texts(submitted), StringComparison.Ordinal);
        Assert.Contains("Sendt inn av Silje Rognli", Texts(submitted), StringComparison.Ordinal);
        var stored = (await StoredAsync())!;
        Assert.Equal((StatusReportState.Submitted, "Silje Rognli", _clock.GetUtcNow()), (stored.State, stored.SubmittedBy, stored.SubmittedAt));
        Assert.Equal(new MentorFigures(6, 4, 9, 1), stored.Figures);
        Assert.Equal(new TaskResult("malinger", TaskOutcome.Partly, "HR teller"), stored.Tasks[0]);
        Assert.Equal(("Mentor til alle nytilsatte", 12.5m), (stored.SubGoals, stored.Hours));
        var wave = (await deliveries.GetWaveAsync(Network, DeliveryKeys.StatusPrompt(Network, 3, "tromso-sone-1"), CancellationToken.None))!;
        Assert.Contains(wave, d => d.Operation == DeliveryOperation.Update); // everyone's channel card is updated

        var after = await InvokeAsync(ReportVerbs.Open, Data(), Hanne);
        Assert.Contains("Send inn på nytt", Texts(after), StringComparison.Ordinal); // still open to changes until the deadline
        var edited = await SaveSectionAsync(ReportSection.Hours, Hanne, "Hanne Solbakken", ("hours", "14"));
        Assert.Equal((StatusReportState.Submitted, 14m), ((await StoredAsync())!.State, (await StoredAsync())!.Hours)); // a change keeps it submitted
        Assert.Contains("Lagret: Tid.", Texts(edited), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WithSomethingMissing_OverviewSaysWhat_NothingSubmitted_AForgedMarkChangesNothing()
    {
        var overview = await SaveSectionAsync(ReportSection.Goals);
        var version = (string?)CardNodes.Buttons(overview, ReportVerbs.Submit).Single()["data"]!["version"];

        var refused = await InvokeAsync(ReportVerbs.Submit, CardNodes.Buttons(overview, ReportVerbs.Submit).Single()["data"]!.AsObject(), Hanne);
        Assert.Contains("Rapporten er ikke sendt inn: noen deler mangler svar (se under).", Texts(refused), StringComparison.Ordinal);
        Assert.Equal(StatusReportState.Draft, (await StoredAsync())!.State);

        var forged = Data(version: version);
        forged["complete"] = new string('0', 64);
        var card = await InvokeAsync(ReportVerbs.Submit, forged, Hanne);
        Assert.Contains("noen deler mangler svar", Texts(card), StringComparison.Ordinal);
        Assert.Equal(StatusReportState.Draft, (await StoredAsync())!.State);
    }

    /// <summary>
    /// A save whose answer was lost (Teams gave up, storage was slow) is sent again from the same form: its own earlier
    /// write is found by the form's save token and saved over, not shown as someone else's; the same form sent by
    /// another person is still a conflict.
    /// </summary>
    [Fact]
    public async Task SameSectionSaveSentAgain_FindsItsOwnEarlierWrite_AnotherPersonsIsStillAConflict()
    {
        var form = await OpenSectionAsync(ReportSection.Hours);
        Assert.False(string.IsNullOrEmpty((string?)CardNodes.Buttons(form, ReportVerbs.SaveSection).Single()["data"]!["saveToken"]));

        var first = await SaveFromAsync(form, [("hours", "12")]); // stored; say its answer never reached Teams
        var again = await SaveFromAsync(form, [("hours", "14")]); // she presses the button again, with one change

        Assert.Contains("Lagret: Tid.", Texts(first), StringComparison.Ordinal);
        Assert.Contains("Lagret: Tid.", Texts(again), StringComparison.Ordinal);
        Assert.Equal(14m, (await StoredAsync())!.Hours);

        var silje = await SaveFromAsync(form, [("hours", "40")], Silje, "Silje Rognli");
        Assert.Contains("Noen andre lagret denne delen mens du skrev.", Texts(silje), StringComparison.Ordinal);
        Assert.Equal(14m, (await StoredAsync())!.Hours);
    }

    [Fact]
    public async Task SaveSection_WrongValues_MarkedUnderTheirInputs_InputKept_NothingStored()
    {
        var card = await SaveSectionAsync(ReportSection.Figures, Hanne, "Hanne Solbakken",
            ("mentors", "-2"), ("mentorsTrained", "1"), ("newHiresWithMentor", "4"), ("newHiresWithMentorQuit", "12"));

        var texts = Texts(card);
        Assert.Contains("Rapporten er ikke lagret.", texts, StringComparison.Ordinal);
        Assert.Contains("Kan ikke være negativt.", texts, StringComparison.Ordinal);
        Assert.Contains("Kan ikke være flere enn de nytilsatte med mentor.", texts, StringComparison.Ordinal);
        Assert.Equal(-2, (int)Input(card, "mentors")!["value"]!);
        Assert.Equal(12, (int)Input(card, "newHiresWithMentorQuit")!["value"]!);
        Assert.Null(await StoredAsync());
    }

    [Fact]
    public async Task SaveSection_AnIncompleteSectionIsADraft_TheOverviewNamesWhatIsMissing()
    {
        var overview = await SaveSectionAsync(ReportSection.Goals, Hanne, "Hanne Solbakken", ("subGoals", "Mentor til alle"));

        Assert.Contains("Mangler: Tiltak, Måloppnåelse (1 = i liten grad, 5 = i svært stor grad)", Texts(overview), StringComparison.Ordinal);
        Assert.Equal(("Mentor til alle", StatusReportState.Draft), ((await StoredAsync())!.SubGoals, (await StoredAsync())!.State));
    }

    [Theory]
    [InlineData(Trine, 3, "tromso-sone-1", "Hours")] // another team's member
    [InlineData("aad-stranger", 3, "tromso-sone-1", "Hours")]
    [InlineData(Hanne, 3, "tromso-sone-2", "Hours")] // a forged team
    [InlineData(Hanne, 99, "tromso-sone-1", "Hours")] // no such gathering
    [InlineData(Hanne, 3, "tromso-sone-1", "Bogus")] // no such section
    [InlineData(Hanne, 3, "tromso-sone-1", "1")]
    public async Task ForgedOrForeignPayload_RefusedWithAClearCard(string aad, int gathering, string team, string section)
    {
        var data = Data(gathering, team, inputs: [("hours", "12")]);
        data["section"] = section;
        var card = await InvokeAsync(ReportVerbs.SaveSection, data, aad);
        Assert.Contains("Dette kortet gjelder ikke ditt team eller en åpen rapport.", Texts(card), StringComparison.Ordinal);
        Assert.Empty(await Reports.ListAsync(Network, CancellationToken.None));
    }

    [Fact]
    public async Task SaveSection_NotAskedAtThisGathering_ShowsTheOverview_NothingStored()
    {
        // A plan that asks for figures from gathering 4 on: a figures button (outdated or forged) at gathering 3 saves nothing.
        var networks = Factory.Services.GetRequiredService<INetworkRepository>();
        var plan = (await networks.GetPlanAsync(Network, CancellationToken.None))!;
        await networks.ImportAsync(plan with { ReportItems = [.. plan.ReportItems.Select(i => i.Section == ReportSection.Figures ? i with { FromGathering = 4 } : i)] },
            CancellationToken.None);
        var data = Data(inputs: [("mentors", "3")]);
        data["section"] = "Figures";

        var card = await InvokeAsync(ReportVerbs.SaveSection, data, Hanne);

        Assert.NotEmpty(CardNodes.Buttons(card, ReportVerbs.Section));
        Assert.DoesNotContain(CardNodes.Buttons(card, ReportVerbs.Section), b => (string?)b["data"]!["section"] == "Figures");
        Assert.Null(await StoredAsync());
    }

    [Fact]
    public async Task SaveSection_WithAMangledSectionVersion_IsAConflictNotAnError()
    {
        await SaveSectionAsync(ReportSection.Hours);
        var data = Data(inputs: [("hours", "3")]);
        data["section"] = "Hours";
        data["sectionVersion"] = "not-a-version";
        var card = await InvokeAsync(ReportVerbs.SaveSection, data, Silje, "Silje Rognli");
        Assert.Contains("Noen andre lagret denne delen mens du skrev.", Texts(card), StringComparison.Ordinal);
        Assert.Equal(12.5m, (await StoredAsync())!.Hours);
    }

    [Theory]
    [InlineData(Trine)] // another team's member
    [InlineData("aad-stranger")]
    public async Task Open_BySomeoneNotOnTheTeam_Refused_NothingOfTheTeamShown(string aad)
    {
        var card = await InvokeAsync(ReportVerbs.Open, Data(), aad, "Trine");
        var texts = Texts(card);
        Assert.Contains("Dette kortet gjelder ikke ditt team eller en åpen rapport.", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("Tromsø", texts, StringComparison.Ordinal); // not the team, not its contact person
        Assert.Null(card["msteams"]); // no mention, so no one's Entra object id
        Assert.Null(card["refresh"]);
    }

    [Theory]
    [InlineData("finished")]
    [InlineData("DONE")]
    public async Task SaveSection_UnknownTaskOutcome_RefusedWithTheTaskMarked(string outcome)
    {
        var card = await SaveSectionAsync(ReportSection.Tasks, Hanne, "Hanne Solbakken", [.. BySection[ReportSection.Tasks].Where(c => c.Item1 != "task.malinger"), ("task.malinger", outcome)]);
        var body = card["body"]!.AsArray();
        var index = body.Select((e, i) => (e, i)).Single(x => (string?)x.e!["id"] == "task.malinger").i;
        Assert.Equal("Velg et av svarene.", (string?)body[index + 1]!["text"]); // marked under the task's choice
        Assert.Null(await StoredAsync()); // nothing saved without it
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    public async Task SaveSection_HoursNotAFiniteNumber_FormBackWithHoursMarked(string hours)
    {
        var card = await SaveSectionAsync(ReportSection.Hours, Hanne, "Hanne Solbakken", ("hours", hours));

        Assert.Contains("Skriv et tall, f.eks. 7,5.", Texts(card), StringComparison.Ordinal); // the "not a number" message, under the hours (decimals allowed)
        Assert.Null(Input(card, "hours")!["value"]); // what cannot be a number is not put back as one
        Assert.Null(await StoredAsync()); // nothing saved
    }

    [Fact]
    public async Task SaveSection_ALinkThatIsNotHttps_Refused_UnderTheTask()
    {
        var card = await SaveSectionAsync(ReportSection.Tasks, Hanne, "Hanne Solbakken", [.. BySection[ReportSection.Tasks], ("task.malinger.link", "http://nord.sharepoint.com/plan.docx")]);
        Assert.Contains("Skriv en lenke som begynner med https://.", Texts(card), StringComparison.Ordinal);
        Assert.Equal("http://nord.sharepoint.com/plan.docx", (string?)Input(card, "task.malinger.link")!["value"]);
        Assert.Null(await StoredAsync());
    }

    [Fact]
    public async Task ClosedGatheringOrAfterTheDeadline_ReadOnly_OrganizerCanReopen()
    {
        var pastData = Data(gathering: 2, inputs: [("hours", "3")]);
        pastData["section"] = "Hours";
        var past = await InvokeAsync(ReportVerbs.SaveSection, pastData, Hanne);
        Assert.Contains("Fristen er ute.", Texts(past), StringComparison.Ordinal);
        Assert.Null(past["actions"]);

        var form = await OpenSectionAsync(ReportSection.Hours);
        _clock.Advance(TimeSpan.FromDays(14)); // 26 April 09:00: past the deadline (end of 25 April), gathering 3 starts at 11:00
        var late = await SaveFromAsync(form, [("hours", "3")]);
        Assert.Contains("Fristen er ute.", Texts(late), StringComparison.Ordinal);
        Assert.Null(late["actions"]);
        Assert.Null(await StoredAsync());

        await Reports.SaveAsync(Network, new StatusReport { TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Draft, Hours = 2 }, null, CancellationToken.None);
        var organizerView = await InvokeAsync(ReportVerbs.Open, Data(), Organizer, "Ragnhild Sørvik");
        Assert.Equal(ReportVerbs.Reopen, (string?)organizerView["actions"]![0]!["verb"]);
        var reopened = await InvokeAsync(ReportVerbs.Reopen, Data(), Organizer, "Ragnhild Sørvik");
        Assert.NotEmpty(CardNodes.Buttons(reopened, ReportVerbs.Section)); // the overview again
        Assert.Contains("En arrangør har åpnet rapporten for endringer.", Texts(reopened), StringComparison.Ordinal);
        var saved = await SaveSectionAsync(ReportSection.Hours, Hanne, "Hanne Solbakken", ("hours", "4"));
        Assert.Contains("Lagret: Tid.", Texts(saved), StringComparison.Ordinal);
        Assert.Equal((true, 4m), ((await StoredAsync())!.Reopened, (await StoredAsync())!.Hours));
    }

    /// <summary>
    /// A whole form (all sections on one card, as the card was before sections) that someone still has open keeps
    /// working: its answers are saved whole, its refusals marked, its submit checked as complete.
    /// </summary>
    [Fact]
    public async Task AWholeFormFromBeforeSections_SavedAndSubmittedWhole()
    {
        var inputs = Complete.Where(i => i.Item1 != "measures").Select(i => i.Item1 == "mentors" ? ("mentors", "-2") : i).ToArray();
        var refused = await InvokeAsync(ReportVerbs.Submit, Data(inputs: inputs), Hanne);
        Assert.Contains("Kan ikke være negativt.", Texts(refused), StringComparison.Ordinal);
        Assert.Contains("Må fylles ut.", Texts(refused), StringComparison.Ordinal); // measures
        Assert.Equal("HR teller", (string?)Input(refused, "task.malinger.comment")!["value"]);
        Assert.Null(await StoredAsync());

        var draft = await InvokeAsync(ReportVerbs.Save, Data(inputs: [("subGoals", "Først et utkast")]), Hanne);
        Assert.Contains("Utkastet er lagret.", Texts(draft), StringComparison.Ordinal);
        var version = (string?)CardNodes.Buttons(draft, ReportVerbs.Submit).Single()["data"]!["version"];
        var submitted = await InvokeAsync(ReportVerbs.Submit, Data(version: version, inputs: Complete), Silje, "Silje Rognli");
        Assert.Contains("Rapporten er sendt inn. Takk!", Texts(submitted), StringComparison.Ordinal);
        Assert.Equal((StatusReportState.Submitted, new MentorFigures(6, 4, 9, 1)), ((await StoredAsync())!.State, (await StoredAsync())!.Figures));
    }

    private Task<(HttpStatusCode Status, JsonNode? Body)> TabGetAsync(string path, string oid) => TabSendAsync(HttpMethod.Get, path, oid);

    private async Task<(HttpStatusCode Status, JsonNode? Body)> TabSendAsync(HttpMethod method, string path, string oid)
    {
        using var response = await TabRawAsync(method, path, oid);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    private Task<HttpResponseMessage> TabRawAsync(HttpMethod method, string path, string oid) => SendTabAsync(method, path, TabToken(oid));

    [Fact]
    public async Task Export_XlsxAndCsv_EveryReportTaskAndFigure_OrganizersOnly()
    {
        var at = new DateTimeOffset(2023, 4, 20, 14, 30, 0, TimeSpan.FromHours(2));
        await Reports.SaveAsync(Network, new StatusReport
        {
            TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Submitted, SubmittedBy = "Hanne Solbakken", SubmittedAt = at,
            Hours = 12.5m, Figures = new MentorFigures(6, 4, 10, 2), FreeText = "=1+1",
            Tasks = [new TaskResult("malinger", TaskOutcome.Partly, "HR teller")],
        }, null, CancellationToken.None);
        await Reports.SaveAsync(Network, new StatusReport { TeamId = "senja", Gathering = 2, State = StatusReportState.Draft }, null, CancellationToken.None);
        var export = $"/api/tab/admin/networks/{Network}/reports/export";

        using var xlsx = await TabRawAsync(HttpMethod.Get, export + "?format=xlsx", Organizer);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(TeamsMentor.Bot.Exports.XlsxExport.ContentType, xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"statusrapporter-{Network}-2023-04-12.xlsx", xlsx.Content.Headers.ContentDisposition?.FileName);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToList();
        Assert.Equal(["Statusrapporter", "Oppgaver", "Tall", "Måltall"], sheets.Select(x => x.Name!.Value));
        List<List<string>> Rows(int sheet) => [.. ((DocumentFormat.OpenXml.Packaging.WorksheetPart)document.WorkbookPart.GetPartById(sheets[sheet].Id!)).Worksheet
            .Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Select(r => r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList())];
        var reports = Rows(0);
        Assert.Equal(3, reports.Count); // header, Senja's draft for gathering 2, Tromsø sone 1's report for gathering 3
        Assert.Equal(["Senja", "Senja", "2"], reports[1][..3]);
        Assert.Equal(["Tromsø", "Tromsø hjemmetjeneste sone 1", "3"], reports[2][..3]);
        Assert.Contains("Sendt inn", reports[2]);
        Assert.Contains("Hanne Solbakken", reports[2]);
        Assert.Contains("=1+1", reports[2]);
        Assert.Contains(reports[2], c => c.EndsWith(": Delvis (HR teller)", StringComparison.Ordinal));
        Assert.Equal(["Tromsø", "Tromsø hjemmetjeneste sone 1", "3", reports[2][19].Split(':')[0], "Delvis", "HR teller", ""], Rows(1)[1]); // no document link
        var figures = Rows(2);
        Assert.Equal(["Tromsø", "1", "4", "6", "4", "10", "2", "0.2", "3"], figures[1]); // the figures come from gathering 3's report
        Assert.Equal(["Hammerfest", "0", "1", "", "", "", "", "", ""], figures.Single(r => r[0] == "Hammerfest")); // none reported: empty, not 0
        Assert.Equal(["Nasjonalt referansetall", "", "", "", "", "", "", "0.30", ""], figures[^1]);

        // The measures in long format: one row per team × gathering × measure with a value (Senja's draft holds none).
        var measures = Rows(3);
        Assert.Equal(["Kommune", "Team", "Samling", "Id", "Måltall", "Verdi", "God retning", "Mål eller referanse"], measures[0]);
        Assert.Equal(["hours", "mentors", "mentorsTrained", "newHiresWithMentor", "newHiresWithMentorQuit", "turnover"], measures.Skip(1).Select(r => r[3]));
        Assert.All(measures.Skip(1), r => Assert.Equal(["Tromsø", "Tromsø hjemmetjeneste sone 1", "3"], r[..3]));
        Assert.Equal(["turnover", "Turnover blant nytilsatte med mentor", "0.2", "ned", "0.3"], measures[^1][3..]);
        Assert.Equal(["12.5", ""], measures[1][5..7]);

        using var csv = await TabRawAsync(HttpMethod.Get, export + "?format=csv&locale=en-US", Organizer);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"status-reports-{Network}-2023-04-12.csv", csv.Content.Headers.ContentDisposition?.FileName);
        var lines = System.Text.Encoding.UTF8.GetString((await csv.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n");
        Assert.StartsWith("Municipality,Team,Gathering,Gathering starts,State,Submitted by,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Tromsø,Tromsø hjemmetjeneste sone 1,3,2023-04-26 11:00,Submitted,Hanne Solbakken,2023-04-20 14:30,", lines[2], StringComparison.Ordinal);
        Assert.Contains(",'=1+1", lines[2], StringComparison.Ordinal); // a formula stays text in a spreadsheet

        Assert.Equal(HttpStatusCode.Forbidden, (await TabGetAsync(export, Hanne)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await TabGetAsync(export + "?format=pdf", Organizer)).Status);
    }

    [Fact]
    public async Task OrganizerViews_MatrixFiguresAndDetail_FromTheSubmittedReport_MembersRefused()
    {
        await InvokeAsync(ReportVerbs.Submit, Data(inputs: Complete), Hanne);
        await Reports.SaveAsync(Network, new StatusReport { TeamId = "senja", Gathering = 3, State = StatusReportState.Draft, Figures = new MentorFigures(2, 2, 3, 1) }, null, CancellationToken.None);

        var (status, matrix) = await TabGetAsync($"/api/tab/admin/networks/{Network}/reports", Organizer);
        Assert.Equal(HttpStatusCode.OK, status);
        var sone1 = matrix!["teams"]!.AsArray().Single(t => (string?)t!["id"] == "tromso-sone-1")!;
        var cell = sone1["cells"]!.AsArray().Single(c => (int)c!["gathering"]! == 3)!;
        Assert.Equal(("submitted", "Hanne Solbakken"), ((string?)cell["state"], (string?)cell["submittedBy"]));
        Assert.Equal("notAsked", (string?)sone1["cells"]![0]!["state"]); // gathering 1's deadline passed and nobody asked the team
        Assert.Equal("notDue", (string?)sone1["cells"]![3]!["state"]); // gathering 4: not asked for yet
        var senja = matrix["teams"]!.AsArray().Single(t => (string?)t!["id"] == "senja")!["cells"]![2]!;
        Assert.Equal(("draft", true), ((string?)senja["state"], (bool)senja["hasDraft"]!));
        var tromso = matrix["figures"]!["municipalities"]!.AsArray().Single(r => (string?)r!["municipalityId"] == "tromso")!;
        Assert.Equal((6, 9, 1), ((int)tromso["mentors"]!, (int)tromso["newHiresWithMentor"]!, (int)tromso["newHiresWithMentorQuit"]!));
        Assert.Equal(1m / 9m, (decimal)tromso["turnover"]!, 6);
        Assert.Equal([3], tromso["fromGatherings"]!.AsArray().Select(n => (int)n!));
        Assert.Equal(2m / 12m, (decimal)matrix["figures"]!["network"]!["turnover"]!, 6); // Tromsø and Senja together
        Assert.Equal(0.30m, (decimal)matrix["figures"]!["nationalTurnoverReference"]!);
        Assert.Equal(3, (int)matrix["open"]!); // 12 April: gathering 3's reports are open

        var (detailStatus, detail) = await TabGetAsync($"/api/tab/admin/networks/{Network}/reports/tromso-sone-1/3", Organizer);
        Assert.Equal(HttpStatusCode.OK, detailStatus);
        Assert.Equal("HR teller", (string?)detail!["report"]!["tasks"]![0]!["comment"]);
        Assert.Equal("Kartlegg utgangspunktet med målinger", (string?)detail["taskTitles"]!["malinger"]);

        Assert.Equal(HttpStatusCode.Forbidden, (await TabGetAsync($"/api/tab/admin/networks/{Network}/reports", Hanne)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await TabGetAsync($"/api/tab/admin/networks/{Network}/reports/tromso-sone-1/3", Hanne)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await TabGetAsync($"/api/tab/admin/networks/{Network}/reports/senja/2", Organizer)).Status);
    }

    [Fact]
    public async Task Reminders_OnlyToTeamsWithoutASubmittedReport()
    {
        var networks = Factory.Services.GetRequiredService<INetworkRepository>();
        foreach (var (team, channel) in new[] { ("tromso-sone-1", "19:sone1@thread.tacv2"), ("tromso-sone-2", "19:sone2@thread.tacv2") })
        {
            var current = (await networks.GetTeamAsync(Network, team, CancellationToken.None))!;
            Assert.Equal(WriteOutcome.Saved, await networks.SetChannelAsync(Network, team,
                new ChannelLink(TeamsPayloads.Tenant, TeamsPayloads.TeamId, channel, TeamsPayloads.ServiceUrl, _clock.GetUtcNow(), "test"), current.Version, CancellationToken.None));
        }

        var scheduler = Factory.Services.GetRequiredService<TeamsMentor.Bot.Delivery.PromptScheduler>();
        var store = Factory.Services.GetRequiredService<IDeliveryStore>();
        await scheduler.RunOnceAsync(CancellationToken.None); // 12 April 09:00: the prompts (14 days before)
        await Reports.SaveAsync(Network, new StatusReport { TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Submitted }, null, CancellationToken.None);

        _clock.Advance(TimeSpan.FromDays(7)); // 19 April 09:00: the 7-day reminder
        await scheduler.RunOnceAsync(CancellationToken.None);

        var waves = (await store.GetWaveTimesAsync(Network, CancellationToken.None)).Keys.Order(StringComparer.Ordinal);
        string[] expected =
        [
            DeliveryKeys.StatusPrompt(Network, 3, "tromso-sone-1"), DeliveryKeys.StatusPrompt(Network, 3, "tromso-sone-2"),
            DeliveryKeys.StatusReminder(Network, 3, "tromso-sone-2", 7), // none for sone 1: its report is in
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), waves);
    }

    [Fact]
    public async Task Digest_AfterTheDeadline_ToTheOrganizersChannelOnceLinked_WhoIsInWhoIsMissingAndTheFigures()
    {
        var networks = Factory.Services.GetRequiredService<INetworkRepository>();
        var scheduler = Factory.Services.GetRequiredService<TeamsMentor.Bot.Delivery.PromptScheduler>();
        var store = Factory.Services.GetRequiredService<IDeliveryStore>();
        var submittedAt = new DateTimeOffset(2023, 4, 20, 14, 30, 0, TimeSpan.FromHours(2));
        await Reports.SaveAsync(Network, new StatusReport
        {
            TeamId = "tromso-sone-1", Gathering = 3, State = StatusReportState.Submitted, SubmittedBy = "Hanne Solbakken", SubmittedAt = submittedAt,
            Figures = new MentorFigures(6, 4, 10, 2),
        }, null, CancellationToken.None);
        await Reports.SaveAsync(Network, new StatusReport
        {
            TeamId = "tromso-sone-2", Gathering = 3, State = StatusReportState.Draft, LastEditedBy = "Trine Olsen", LastEditedAt = submittedAt,
        }, null, CancellationToken.None);
        var key = DeliveryKeys.StatusDigest(Network, 3);

        _clock.SetUtcNow(new DateTimeOffset(2023, 4, 25, 23, 58, 0, TimeSpan.FromHours(2))); // before the deadline (end of 25 April)
        await scheduler.RunOnceAsync(CancellationToken.None);
        _clock.SetUtcNow(new DateTimeOffset(2023, 4, 26, 0, 5, 0, TimeSpan.FromHours(2)));
        await scheduler.RunOnceAsync(CancellationToken.None); // after the deadline, but at night: it waits for working time
        _clock.SetUtcNow(new DateTimeOffset(2023, 4, 26, 8, 5, 0, TimeSpan.FromHours(2)));
        await scheduler.RunOnceAsync(CancellationToken.None); // due, but no organizers' channel yet
        Assert.False((await store.GetWaveTimesAsync(Network, CancellationToken.None)).ContainsKey(key));

        var organizers = new ChannelLink(TeamsPayloads.Tenant, TeamsPayloads.TeamId, "19:arrangorer@thread.tacv2", TeamsPayloads.ServiceUrl, _clock.GetUtcNow(), "test");
        Assert.Equal(WriteOutcome.Saved, await networks.SetOrganizerChannelAsync(Network, organizers, CancellationToken.None));
        await scheduler.RunOnceAsync(CancellationToken.None);
        await scheduler.RunOnceAsync(CancellationToken.None); // once only

        var listed = Assert.Single((await store.GetWaveAsync(Network, key, CancellationToken.None))!);
        var delivery = (await store.GetAsync(key, listed.Target.Key, CancellationToken.None))!;
        Assert.Equal(("19:arrangorer@thread.tacv2", DeliveryOperation.NewThread), (delivery.Target.ConversationId, delivery.Operation));
        var card = JsonNode.Parse(delivery.ActivityJson!)!["attachments"]![0]!["content"]!;
        var text = Texts(card);
        Assert.Contains("Statusrapporter før samling 3", text, StringComparison.Ordinal);
        Assert.Contains("1 av 7 team har sendt inn", text, StringComparison.Ordinal);
        Assert.Matches(@"Hanne Solbakken, torsdag 20\. april 2023 kl\. 14:30", text);
        Assert.Contains("Utkast lagret av Trine Olsen", text, StringComparison.Ordinal);
        Assert.Contains("Ikke påbegynt · kontaktperson", text, StringComparison.Ordinal);
        Assert.Contains("6 mentorer (4 med kompetanse) · 10 nytilsatte med mentor · 2 sluttet (20", text, StringComparison.Ordinal);

        _clock.SetUtcNow(new DateTimeOffset(2023, 4, 28, 9, 0, 0, TimeSpan.FromHours(2))); // after the gathering: a late link sends no old digest
        Assert.Equal(0, await scheduler.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task NudgeNow_OrganizerOnly_IntoTheChannelOncePerMinute_NotForSubmittedOrUnlinkedTeams()
    {
        var networks = Factory.Services.GetRequiredService<INetworkRepository>();
        var current = (await networks.GetTeamAsync(Network, "tromso-sone-2", CancellationToken.None))!;
        await networks.SetChannelAsync(Network, "tromso-sone-2",
            new ChannelLink(TeamsPayloads.Tenant, TeamsPayloads.TeamId, "19:sone2@thread.tacv2", TeamsPayloads.ServiceUrl, _clock.GetUtcNow(), "test"), current.Version, CancellationToken.None);
        var nudge = $"/api/tab/admin/networks/{Network}/reports/tromso-sone-2/3/nudge";

        var (status, body) = await TabSendAsync(HttpMethod.Post, nudge, Organizer);
        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.False((bool)body!["alreadyQueued"]!);
        var again = await TabSendAsync(HttpMethod.Post, nudge, Organizer);
        Assert.True((bool)again.Body!["alreadyQueued"]!); // a double click adds nothing
        var wave = (await Factory.Services.GetRequiredService<IDeliveryStore>().GetWaveAsync(Network, (string)body["waveId"]!, CancellationToken.None))!;
        Assert.Equal("19:sone2@thread.tacv2", Assert.Single(wave).Target.ConversationId);

        Assert.Equal(HttpStatusCode.Forbidden, (await TabSendAsync(HttpMethod.Post, nudge, Hanne)).Status);
        var (unreachable, why) = await TabSendAsync(HttpMethod.Post, $"/api/tab/admin/networks/{Network}/reports/tromso-sone-3/3/nudge", Organizer); // no channel
        Assert.Equal(HttpStatusCode.Conflict, unreachable);
        Assert.Equal(("report.nudge.unreachable", "Tromsø hjemmetjeneste sone 3"), ((string?)why!["code"], (string?)why["args"]!["team"])); // for the tab to say in the user's language
        await Reports.SaveAsync(Network, new StatusReport { TeamId = "tromso-sone-2", Gathering = 3, State = StatusReportState.Submitted }, null, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Conflict, (await TabSendAsync(HttpMethod.Post, nudge, Organizer)).Status); // its report is in
        Assert.Equal(HttpStatusCode.Conflict, (await TabSendAsync(HttpMethod.Post, $"/api/tab/admin/networks/{Network}/reports/tromso-sone-2/2/nudge", Organizer)).Status); // a past gathering
    }
}
