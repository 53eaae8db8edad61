using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Evaluations;
using TeamsMentor.Domain.Attendance;
using TeamsMentor.Domain.Evaluations;
using TeamsMentor.Domain.Networks;
using TeamsMentor.Domain.OpenScreen;
using TeamsMentor.Domain.Reports;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// The network's report drafted as an editable Word document (nb-NO): the network and its people, the gatherings with
/// attendance, the tasks, the open-screen sessions with turnout, the evaluations' stable items as trend charts (the
/// small-group rule kept), the figures table and charts with turnover against the reference, and each team's
/// sluttrapport, with clearly marked places for the organizers' own text. Charts are PNG images with alt text.
/// </summary>
public static class NetworkReportDocument
{
    /// <summary>A4's width less two margins of 2 cm, in twentieths of a point.</summary>
    private const int TextWidth = 11906 - (2 * 1134);

    /// <summary>A chart's width on the page: 16 cm in EMU (the text width is 17 cm).</summary>
    private const long ChartWidth = 16 * 360000L;

    /// <summary>What the document is drafted from (evaluation answers are anonymous; only groups of the minimum size show).</summary>
    public sealed record Sources(
        IReadOnlyList<StatusReport> Reports,
        IReadOnlyDictionary<int, GatheringAttendance> Attendance,
        IReadOnlyList<OpenScreenSession> Sessions,
        IReadOnlyDictionary<string, OpenScreenAttendance> SessionAttendance,
        IReadOnlyList<EvaluationAnswer> Answers);

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
            Write(t, plan, sources, now, body, main);
            body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new Document(body);
            document.PackageProperties.Title = t.Format("Doc_Title", plan.Network.Name);
            document.PackageProperties.Language = "nb-NO";
        }

        return stream.ToArray();
    }

    private static void Write(CardText t, NetworkPlan plan, Sources sources, DateTimeOffset now, Body body, MainDocumentPart main)
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
                string.Join(", ", plan.Teams.Where(x => x.MunicipalityId == m.Id).Select(x => x.Unit is { Length: > 0 } unit ? $"{x.Name} ({unit})" : x.Name))])], [1, 3]));

        body.Append(Para(t["Doc_Gatherings"], "Heading1"));
        var turnout = Turnout.Compute(plan, sources.Attendance).ToDictionary(x => x.Gathering);
        body.Append(Table([t["Doc_Number"], t["Doc_Date"], t["Doc_Mode"], t["Doc_Theme"], t["Doc_Attendance"]],
            [.. plan.Gatherings.OrderBy(g => g.Number).Select(g => (IReadOnlyList<string>)[
                g.Number.ToString(CultureInfo.InvariantCulture), t.Date(g.Start, zone),
                g.Mode == GatheringMode.Digital ? t["Plan_Digital"] : g.Place is { Length: > 0 } place ? t.Format("Plan_Physical", place) : t["Plan_PhysicalNoPlace"],
                g.Theme, turnout.TryGetValue(g.Number, out var x) && x.Recorded ? t.Format("Doc_Of", x.Present, x.Members) : "–"])], [3, 5, 4, 8, 4]));
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
                sources.SessionAttendance.TryGetValue(s.Id, out var a) ? a.MemberIds.Count.ToString(CultureInfo.InvariantCulture) : "–"])], [3, 6, 2]));

        WriteEvaluation(t, plan, sources.Answers, now, body, main);

        body.Append(Para(t["Doc_Figures"], "Heading1"));
        var (municipalities, total) = FiguresTable.Build(plan, sources.Reports);
        string Percent(decimal? v) => v is { } d ? d.ToString("P0", t.Culture) : "–";
        body.Append(Table([t["Doc_Municipality"], t["Report_Mentors"], t["Report_MentorsTrained"], t["Report_NewHiresWithMentor"], t["Export_Quit"], t["Export_Turnover"]],
            [.. municipalities.Append(total).Select(r => (IReadOnlyList<string>)[r.Name,
                .. r.TeamsReporting == 0 ? ["–", "–", "–", "–", "–"] : new[]
                {
                    r.Figures.Mentors.ToString(CultureInfo.InvariantCulture), r.Figures.MentorsTrained.ToString(CultureInfo.InvariantCulture),
                    r.Figures.NewHiresWithMentor.ToString(CultureInfo.InvariantCulture), r.Figures.NewHiresWithMentorQuit.ToString(CultureInfo.InvariantCulture), Percent(r.Turnover),
                }])], [4, 3, 3, 3, 3, 3]));
        body.Append(Para(t.Format("Doc_Reference", Percent(FiguresTable.NationalTurnoverReference))));
        WriteMeasureCharts(t, plan, sources.Reports, body, main);
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

    /// <summary>
    /// Each stable scored item of the evaluation (the trend statement first) as a chart over the gatherings, the network
    /// and each municipality, with the network's mean and answer count under it. A group under the minimum is left out.
    /// </summary>
    private static void WriteEvaluation(CardText t, NetworkPlan plan, IReadOnlyList<EvaluationAnswer> answers, DateTimeOffset now, Body body, MainDocumentPart main)
    {
        body.Append(Para(t["Doc_Evaluation"], "Heading1"));
        var trends = EvaluationResults.Trends(plan, answers, now);
        if (trends.Count == 0 || trends[0].Network.Count == 0)
        {
            body.Append(Para(t["Doc_NoEvaluation"]));
            return;
        }

        body.Append(Para(t.Format("Doc_EvaluationIntro", plan.Network.SmallGroupMinimum)));
        var first = EvaluationResults.TrendItem(plan)?.Id;
        foreach (var trend in trends.OrderBy(x => x.ItemId == first ? 0 : 1))
        {
            if (plan.EvaluationItems.FirstOrDefault(i => i.Id == trend.ItemId) is not { } item)
            {
                continue;
            }

            var text = EvaluationCard.ItemText(t, item);
            var gatherings = trend.Network.Select(p => p.Gathering).ToList();
            var lines = new List<ReportCharts.Line> { new(t["Doc_TheNetwork"], [.. trend.Network.Select(p => (p.Gathering, Value(p.Mean)))], Emphasized: true) };
            lines.AddRange(plan.Network.Municipalities.Where(m => trend.Municipalities.ContainsKey(m.Id))
                .Select(m => new ReportCharts.Line(m.Name, [.. trend.Municipalities[m.Id].Select(p => (p.Gathering, Value(p.Mean)))])));
            var scale = item.Kind == EvaluationItemKind.Hours ? ((double, double)?)null : (1, 5);
            body.Append(Para(text, "Heading2"));
            body.Append(Chart(main, new ReportCharts.Chart(t["Doc_Number"], gatherings, lines, scale), t, t.Format("Doc_ChartAlt", text)));
            body.Append(Table([t["Doc_Number"], .. gatherings.Select(g => g.ToString(CultureInfo.InvariantCulture))],
            [
                [t["Doc_Mean"], .. trend.Network.Select(p => p.Mean is { } m ? m.ToString("0.0", t.Culture) : "–")],
                [t["Doc_Answers"], .. trend.Network.Select(p => p.N >= plan.Network.SmallGroupMinimum ? p.N.ToString(CultureInfo.InvariantCulture) : "–")],
            ], [3, .. gatherings.Select(_ => 2)]));
        }

        body.Append(Placeholder(t["Doc_WriteEvaluation"]));
    }

    /// <summary>
    /// Each measure with a target or reference as a chart for the network and each municipality with the reference
    /// line, then the counts of the figures table for the network over the gatherings.
    /// </summary>
    private static void WriteMeasureCharts(CardText t, NetworkPlan plan, IReadOnlyList<StatusReport> reports, Body body, MainDocumentPart main)
    {
        var trends = MeasureTrends.Build(plan, reports);
        var gatherings = plan.Gatherings.Select(g => g.Number).Order().ToList();
        List<(int, double?)> Points(IReadOnlyList<MeasurePoint> series) =>
            [.. gatherings.Select(g => (g, series.FirstOrDefault(p => p.Gathering == g) is { } point ? (double?)(double)point.Value : null))];
        foreach (var trend in trends.Where(x => x.Measure.Target is not null && x.Network.Count > 0))
        {
            var measure = trend.Measure;
            var text = measure.Text(english: false);
            var lines = new List<ReportCharts.Line> { new(t["Doc_TheNetwork"], Points(trend.Network), Emphasized: true) };
            lines.AddRange(plan.Network.Municipalities.Where(m => trend.Municipalities.TryGetValue(m.Id, out var series) && series.Count > 0)
                .Select(m => new ReportCharts.Line(m.Name, Points(trend.Municipalities[m.Id]))));
            body.Append(Para(text, "Heading2"));
            body.Append(Chart(main, new ReportCharts.Chart(t["Doc_Number"], gatherings, lines, Percent: measure.Kind == ReportItemKind.Ratio,
                Reference: (double)measure.Target!.Value, ReferenceLabel: measure.TargetLabel(english: false)), t, t.Format("Doc_ChartAlt", text)));
        }

        var counts = trends.Where(x => x.Measure.Kind == ReportItemKind.Count && x.Network.Count > 0).ToList();
        if (counts.Count > 0)
        {
            body.Append(Para(t["Doc_CountsOverTime"], "Heading2"));
            body.Append(Chart(main, new ReportCharts.Chart(t["Doc_Number"], gatherings,
                [.. counts.Select(x => new ReportCharts.Line(x.Measure.Text(english: false), Points(x.Network)))]), t, t.Format("Doc_ChartAlt", t["Doc_CountsOverTime"])));
        }
    }

    private static double? Value(decimal? value) => value is { } v ? (double)v : null;

    /// <summary>A chart rendered to PNG and placed inline at the chart width, with <paramref name="description"/> as its alt text.</summary>
    private static Paragraph Chart(MainDocumentPart main, ReportCharts.Chart chart, CardText t, string description)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var png = new MemoryStream(ReportCharts.Png(chart, t.Culture)))
        {
            part.FeedData(png);
        }

        var id = (uint)main.ImageParts.Count();
        var (cx, cy) = (ChartWidth, ChartWidth * ReportCharts.Height / ReportCharts.Width);
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"chart{id}.png", Description = description },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = $"Chart {id}", Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new Paragraph(new Run(new Drawing(inline)));
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

    /// <param name="weights">Each column's share of the text width (even when null).</param>
    private static Table Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, IReadOnlyList<int>? weights = null)
    {
        var shares = weights is { } w && w.Count == headers.Count ? w : [.. headers.Select(_ => 1)];
        var widths = shares.Select(x => TextWidth * x / shares.Sum()).ToList();
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid([.. widths.Select(x => new GridColumn { Width = x.ToString(CultureInfo.InvariantCulture) })]));
        table.Append(Row(headers, widths, header: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, widths, header: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        foreach (var (cell, width) in cells.Zip(widths))
        {
            var run = new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve });
            if (header)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(run)));
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
