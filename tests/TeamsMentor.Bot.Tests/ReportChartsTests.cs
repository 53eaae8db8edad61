using System.Globalization;
using SkiaSharp;
using TeamsMentor.Bot.Reports;

namespace TeamsMentor.Bot.Tests;

/// <summary>
/// The report's charts: the shipped font is the one used and has æ, ø and å; a point left out breaks the line instead
/// of bridging it; the reference line is drawn only when there is one. Read off the rendered PNG's pixels.
/// </summary>
public sealed class ReportChartsTests
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Fact]
    public void TheShippedFont_IsRegistered_AndHasTheNorwegianLetters()
    {
        Assert.True(File.Exists(ReportCharts.FontPath), ReportCharts.FontPath);
        var typeface = ScottPlot.Fonts.GetTypeface(ReportCharts.EnsureFont(), bold: false, italic: false);
        Assert.Equal("DejaVu Sans", typeface.FamilyName);
        Assert.True(typeface.ContainsGlyphs("æøåÆØÅ – %"));
    }

    [Fact]
    public void APointLeftOut_BreaksTheLine()
    {
        static ReportCharts.Chart Chart(double? middle) => new("Samling", [1, 2, 3],
            [new ReportCharts.Line("Hele nettverket", [(1, 3.0), (2, middle), (3, 3.0)], Emphasized: true)], Range: (1, 5));

        var bridged = Count(ReportCharts.Png(Chart(3.0), Norwegian), ReportCharts.Emphasis);
        var broken = Count(ReportCharts.Png(Chart(null), Norwegian), ReportCharts.Emphasis);
        Assert.True(broken > 0, "the two points are drawn");
        Assert.True(broken < bridged / 2, $"no line across the gap: {broken} dark pixels against {bridged} with the point");
    }

    [Fact]
    public void TheReferenceLine_IsDrawnOnlyWhenThereIsOne()
    {
        var line = new ReportCharts.Line("Tromsø", [(3, 0.2), (4, 0.15)]);
        var with = ReportCharts.Png(new ReportCharts.Chart("Samling", [3, 4], [line], Percent: true, Reference: 0.3, ReferenceLabel: "Nasjonalt om lag 30 %"), Norwegian);
        var without = ReportCharts.Png(new ReportCharts.Chart("Samling", [3, 4], [line], Percent: true), Norwegian);
        Assert.True(Count(with, ReportCharts.ReferenceColor) > 500);
        Assert.Equal(0, Count(without, ReportCharts.ReferenceColor));
        using var bitmap = SKBitmap.Decode(with);
        Assert.Equal(((int)(ReportCharts.Width * ReportCharts.Scale), (int)(ReportCharts.Height * ReportCharts.Scale)), (bitmap.Width, bitmap.Height));
    }

    /// <summary>Pixels within a small distance of <paramref name="color"/> (anti-aliased edges left out).</summary>
    private static int Count(byte[] png, ScottPlot.Color color)
    {
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        foreach (var pixel in bitmap.Pixels)
        {
            if (Math.Abs(pixel.Red - color.R) + Math.Abs(pixel.Green - color.G) + Math.Abs(pixel.Blue - color.B) < 24)
            {
                count++;
            }
        }

        return count;
    }
}
