using System.Globalization;
using ScottPlot;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// Line charts over the gatherings for the drafted network report, rendered to PNG with ScottPlot (Skia without system
/// dependencies) in DejaVu Sans, which ships with the app: a bare Linux App Service has no font with æ, ø and å to fall
/// back on. A point left out (too few answers, nothing reported) breaks the line rather than bridging it.
/// </summary>
public static class ReportCharts
{
    /// <summary>The name the shipped font is registered under (not a system family, so nothing else can answer to it).</summary>
    public const string FontName = "TeamsMentor DejaVu Sans";

    /// <summary>The image's size in layout pixels; rendered at <see cref="Scale"/> times that for print.</summary>
    public const int Width = 640, Height = 320;

    public const float Scale = 2.5f;

    private static readonly Lazy<string> Font = new(RegisterFont, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The network's line first (drawn bold and dark), then one per municipality, in the tab's palette.</summary>
    private static readonly Color[] Palette =
    [
        Color.FromHex("#C239B3"), Color.FromHex("#CA5010"), Color.FromHex("#107C10"), Color.FromHex("#8764B8"),
        Color.FromHex("#00B7C3"), Color.FromHex("#EAA300"), Color.FromHex("#C50F1F"), Color.FromHex("#8E562E"),
    ];

    /// <summary>The emphasized line's colour (the network as a whole).</summary>
    public static readonly Color Emphasis = Color.FromHex("#242424");

    /// <summary>The reference line's colour (e.g. national turnover).</summary>
    public static readonly Color ReferenceColor = Color.FromHex("#0F6CBD");

    /// <summary>One line: a value per gathering, null where there is none to show.</summary>
    public sealed record Line(string Label, IReadOnlyList<(int Gathering, double? Value)> Points, bool Emphasized = false);

    /// <param name="Range">Fixed value axis (e.g. 1-5 for a scale); null fits the data from 0.</param>
    /// <param name="Percent">Values are shares, labelled as percentages.</param>
    public sealed record Chart(string XLabel, IReadOnlyList<int> Gatherings, IReadOnlyList<Line> Lines, (double Min, double Max)? Range = null,
        bool Percent = false, double? Reference = null, string? ReferenceLabel = null);

    /// <summary>The path of the shipped font file (next to the app's assemblies).</summary>
    public static string FontPath => Path.Combine(AppContext.BaseDirectory, "Reports", "Fonts", "DejaVuSans.ttf");

    /// <summary>Registers the shipped font once and returns its name.</summary>
    public static string EnsureFont() => Font.Value;

    public static byte[] Png(Chart chart, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(culture);
        var plot = new Plot { ScaleFactor = Scale };
        plot.Font.Set(EnsureFont());
        var municipality = 0;
        foreach (var line in chart.Lines)
        {
            var color = line.Emphasized ? Emphasis : Palette[municipality++ % Palette.Length];
            var first = true;
            foreach (var run in Runs(line.Points))
            {
                var scatter = plot.Add.Scatter(run.Select(p => (double)p.Gathering).ToArray(), run.Select(p => p.Value).ToArray(), color);
                scatter.LineWidth = line.Emphasized ? 3.5f : 2f;
                scatter.MarkerSize = line.Emphasized ? 9 : 6;
                scatter.LegendText = first ? line.Label : string.Empty;
                first = false;
            }
        }

        if (chart.Reference is { } reference)
        {
            var rule = plot.Add.HorizontalLine(reference, 2, ReferenceColor, LinePattern.Dashed);
            rule.LegendText = chart.ReferenceLabel ?? string.Empty;
        }

        var numbers = chart.Gatherings.Count == 0 ? [1] : chart.Gatherings;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. numbers.Select(n => (double)n)], [.. numbers.Select(n => n.ToString(culture))]);
        plot.XLabel(chart.XLabel);
        plot.Axes.SetLimitsX(numbers.Min() - 0.3, numbers.Max() + 0.3);
        var (min, max) = chart.Range ?? (0, Top(chart));
        plot.Axes.SetLimitsY(min, max);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => chart.Percent ? v.ToString("P0", culture) : v.ToString("0.#", culture),
            IntegerTicksOnly = chart.Range is not null,
        };
        plot.ShowLegend(Edge.Bottom);
        return plot.GetImageBytes((int)(Width * Scale), (int)(Height * Scale), ImageFormat.Png);
    }

    /// <summary>The value axis's top when it fits the data: a little above the highest value and the reference.</summary>
    private static double Top(Chart chart)
    {
        var values = chart.Lines.SelectMany(l => l.Points).Select(p => p.Value).OfType<double>().Append(chart.Reference ?? 0).ToList();
        var highest = values.Count == 0 ? 1 : values.Max();
        return highest <= 0 ? 1 : highest * 1.15;
    }

    /// <summary>The stretches of consecutive gatherings that have a value.</summary>
    private static IEnumerable<List<(int Gathering, double Value)>> Runs(IReadOnlyList<(int Gathering, double? Value)> points)
    {
        var run = new List<(int, double)>();
        foreach (var (gathering, value) in points.OrderBy(p => p.Gathering))
        {
            if (value is { } v)
            {
                run.Add((gathering, v));
                continue;
            }

            if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static string RegisterFont()
    {
        var path = FontPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The report charts' font is missing from the app's output (Reports/Fonts).", path);
        }

        Fonts.AddFontFile(FontName, path, bold: false, italic: false);
        Fonts.AddFontFile(FontName, path, bold: true, italic: false);
        return FontName;
    }
}
