using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Attendance;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Reports;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The network's report drafted as an editable Word document (nb-NO): the network and its people, the gatherings with
/// attendance, the tasks, the open-screen sessions with turnout, the figures table with turnover against the
/// reference, and each team's sluttrapport, with clearly marked places for the organizers' own text. Charts come next.
/// </summary>
public static class NetworkReportDocument
{
    /// <summary>A4's width less two margins of 2 cm, in twentieths of a point.</summary>
    private const int TextWidth = 11906 - (2 * 1134);

    /// <summary>What the document is drafted from.</summary>
    public sealed record Sources(
        IReadOnlyList<StatusReport> Reports,
        IReadOnlyDictionary<int, GatheringAttendance> Attendance,
        IReadOnlyList<OpenScreenSession> Sessions,
        IReadOnlyDictionary<string, OpenScreenAttendance> SessionAttendance);

    public static byte[] Build(CardText t, NetworkPlan plan, Sources sources, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(sources);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            Write(t, plan, sources, now, body);
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new Document(body);
            document.PackageProperties.Title = t.Format("Doc_Title", plan.Network.Name);
            document.PackageProperties.Language = "nb-NO";
        }

        return stream.ToArray();
    }

    private static void Write(CardText t, NetworkPlan plan, Sources sources, DateTimeOffset now, Body body)
    {
        var zone = NetworkPlanRules.SafeZone(plan.Network);
        var network = plan.Network;
        body.Append(Para(t.Format("Doc_Title", network.Name), "Title"));
        body.Append(Para(t.Format("Doc_Drafted", t.Date(now, zone))));
        body.Append(Placeholder(t["Doc_WriteIntro"]));

        body.Append(Para(t["Doc_Network"], "Heading1"));
        body.Append(Para(t.Format("Doc_Period", network.Start.ToString(t["Format_Date"], t.Culture), network.End.ToString(t["Format_Date"], t.Culture))));
        body.Append(Para(t.Format("Doc_Organizers", string.Join(", ", network.Organizers.Select(o => o.Name)))));
        body.Append(Table([t["Doc_Municipality"], t["Doc_Teams"]],
            [.. network.Municipalities.Select(m => (IReadOnlyList<string>)[m.Name,
                string.Join(", ", plan.Teams.Where(x => x.MunicipalityId == m.Id).Select(x => x.Unit is { Length: > 0 } unit ? $"{x.Name} ({unit})" : x.Name))])]));

        body.Append(Para(t["Doc_Gatherings"], "Heading1"));
        var turnout = Turnout.Compute(plan, sources.Attendance).ToDictionary(x => x.Gathering);
        body.Append(Table([t["Doc_Number"], t["Doc_Date"], t["Doc_Mode"], t["Doc_Theme"], t["Doc_Attendance"]],
            [.. plan.Gatherings.OrderBy(g => g.Number).Select(g => (IReadOnlyList<string>)[
                g.Number.ToString(CultureInfo.InvariantCulture), t.Date(g.Start, zone),
                g.Mode == GatheringMode.Digital ? t["Plan_Digital"] : g.Place is { Length: > 0 } place ? t.Format("Plan_Physical", place) : t["Plan_PhysicalNoPlace"],
                g.Theme, turnout.TryGetValue(g.Number, out var x) && x.Recorded ? t.Format("Doc_Of", x.Present, x.Members) : "–"])]));
        body.Append(Placeholder(t["Doc_WriteGatherings"]));

        body.Append(Para(t["Doc_Tasks"], "Heading1"));
        foreach (var task in plan.Tasks.OrderBy(x => x.GivenAt))
        {
            body.Append(Para(t.Format("Doc_Task", task.GivenAt, task.Title)));
        }

        body.Append(Para(t["Doc_OpenScreen"], "Heading1"));
        var sessions = sources.Sessions.Where(s => !s.IsCancelled && s.Start <= now).OrderBy(s => s.Start).ToList();
        body.Append(sessions.Count == 0 ? Para(t["Doc_NoSessions"]) : Table([t["Doc_Date"], t["Doc_Topic"], t["Doc_Attendance"]],
            [.. sessions.Select(s => (IReadOnlyList<string>)[t.Date(s.Start, zone), s.Topic,
                sources.SessionAttendance.TryGetValue(s.Id, out var a) ? a.MemberIds.Count.ToString(CultureInfo.InvariantCulture) : "–"])]));

        body.Append(Para(t["Doc_Figures"], "Heading1"));
        var (municipalities, total) = FiguresTable.Build(plan, sources.Reports);
        string Percent(decimal? v) => v is { } d ? d.ToString("P0", t.Culture) : "–";
        body.Append(Table([t["Doc_Municipality"], t["Report_Mentors"], t["Report_MentorsTrained"], t["Report_NewHiresWithMentor"], t["Export_Quit"], t["Export_Turnover"]],
            [.. municipalities.Append(total).Select(r => (IReadOnlyList<string>)[r.Name,
                .. r.TeamsReporting == 0 ? ["–", "–", "–", "–", "–"] : new[]
                {
                    r.Figures.Mentors.ToString(CultureInfo.InvariantCulture), r.Figures.MentorsTrained.ToString(CultureInfo.InvariantCulture),
                    r.Figures.NewHiresWithMentor.ToString(CultureInfo.InvariantCulture), r.Figures.NewHiresWithMentorQuit.ToString(CultureInfo.InvariantCulture), Percent(r.Turnover),
                }])]));
        body.Append(Para(t.Format("Doc_Reference", Percent(FiguresTable.NationalTurnoverReference))));
        body.Append(Placeholder(t["Doc_WriteFigures"]));

        body.Append(Para(t["Doc_FinalReports"], "Heading1"));
        var last = plan.Gatherings.Count == 0 ? 0 : plan.Gatherings.Max(g => g.Number);
        var questions = StatusReportRules.Asked(plan, last).Where(i => i.FinalOnly).ToList();
        foreach (var team in plan.Teams)
        {
            body.Append(Para(team.Name, "Heading2"));
            var report = sources.Reports.FirstOrDefault(r => r.TeamId == team.Id && r.Gathering == last);
            foreach (var question in questions)
            {
                body.Append(Para(question.TextNb, "Heading3"));
                body.Append(Para(report?.Values.GetValueOrDefault(question.Id) is { Length: > 0 } answer ? answer : t["Doc_NoAnswer"]));
            }
        }

        body.Append(Para(t["Doc_Conclusion"], "Heading1"));
        body.Append(Placeholder(t["Doc_WriteConclusion"]));
    }

    private static Paragraph Para(string text, string? style = null)
    {
        var paragraph = new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    /// <summary>A marked place for the organizers' own text: yellow, in brackets, easy to find and replace.</summary>
    private static Paragraph Placeholder(string text) =>
        new(new Run(new RunProperties(new Highlight { Val = HighlightColorValues.Yellow }), new Text($"[{text}]") { Space = SpaceProcessingModeValues.Preserve }));

    private static Table Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            // The grid the schema asks for: the text width (A4 less the margins) shared evenly; Word fits the columns to their content.
            new TableGrid([.. headers.Select(_ => new GridColumn { Width = (TextWidth / headers.Count).ToString(CultureInfo.InvariantCulture) })]));
        table.Append(Row(headers, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var cell in cells)
        {
            var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            if (header)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new Paragraph(run)));
        }

        return row;
    }

    private static Styles Styles()
    {
        static Style Heading(string id, string name, int size, string? basedOn = "Normal") => new(
            new StyleName { Val = name }, new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri" }, new FontSize { Val = "22" }, new Languages { Val = "nb-NO" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", 40),
            Heading("Heading1", "heading 1", 32),
            Heading("Heading2", "heading 2", 26),
            Heading("Heading3", "heading 3", 22));
    }
}
