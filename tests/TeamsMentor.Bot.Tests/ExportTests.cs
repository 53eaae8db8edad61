using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using TeamsMentor.Bot.Exports;

namespace TeamsMentor.Bot.Tests;

/// <summary>The export writers: .xlsx checked with the Open XML SDK's schema validator and read back; .csv as Excel reads it.</summary>
public sealed class ExportTests
{
    private static readonly ExportSheet Sample = new("Statusrapporter",
        ["Kommune", "Timer", "Sendt inn", "Turnover", "Fritekst"],
        [
            ["Tromsø", 12.5m, new DateTime(2023, 4, 20, 14, 30, 0), new ExportPercent(0.2m), "=HYPERLINK(\"x\")"],
            ["Dyrøy", 3, null, null, "to linjer\nog \"sitat\"; semikolon\u0001"],
        ]);

    [Fact]
    public void Xlsx_ValidOpenXml_TypedCells_FrozenBoldHeader()
    {
        using var stream = new MemoryStream();
        XlsxExport.Write(stream, [Sample, Sample with { Name = "Tall: alle [kommuner] i nettverket, og litt til" }, Sample with { Name = "Tall: alle [kommuner] i nettverket, og litt til" }]);

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal("Statusrapporter", names[0]);
        Assert.All(names, n => Assert.True(n.Length <= 31 && n.IndexOfAny(['[', ']', ':']) < 0, n));
        Assert.Equal(3, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        var part = (WorksheetPart)document.WorkbookPart.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(3, rows.Count);
        var header = rows[0].Elements<Cell>().ToList();
        Assert.Equal("Kommune", header[0].InlineString!.InnerText);
        var bold = document.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header[0].StyleIndex!.Value);
        Assert.NotNull(document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)bold.FontId!.Value).Bold);
        Assert.Equal(DocumentFormat.OpenXml.Spreadsheet.PaneStateValues.Frozen, part.Worksheet.Descendants<Pane>().Single().State!.Value);

        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal(["A2", "B2", "C2", "D2", "E2"], first.Select(c => c.CellReference!.Value));
        Assert.Equal(CellValues.Number, first[1].DataType!.Value);
        Assert.Equal("12.5", first[1].CellValue!.Text);
        Assert.Equal(new DateTime(2023, 4, 20, 14, 30, 0), DateTime.FromOADate(double.Parse(first[2].CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Equal("0.2", first[3].CellValue!.Text);
        Assert.Null(first[4].CellFormula); // text that looks like a formula stays text
        Assert.Equal("=HYPERLINK(\"x\")", first[4].InlineString!.InnerText);
        var second = rows[2].Elements<Cell>().ToList();
        Assert.Equal("to linjer\nog \"sitat\"; semikolon", second[4].InlineString!.InnerText); // the control character left out
        Assert.Null(second[2].CellValue);
    }

    [Fact]
    public void Csv_Norwegian_BomSemicolonDecimalComma_QuotedAndDefused()
    {
        using var stream = new MemoryStream();
        CsvExport.Write(stream, Sample, CultureInfo.GetCultureInfo("nb-NO"));

        var bytes = stream.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split("\r\n");
        Assert.Equal("Kommune;Timer;Sendt inn;Turnover;Fritekst", lines[0]);
        var percent = 0.2m.ToString("P1", CultureInfo.GetCultureInfo("nb-NO")); // "20,0 %" with the culture's own space
        Assert.Equal($"Tromsø;12,5;2023-04-20 14:30;{percent};\"'=HYPERLINK(\"\"x\"\")\"", lines[1]);
        Assert.StartsWith("Dyrøy;3;;;\"to linjer\nog \"\"sitat\"\"; semikolon", lines[2], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Csv_English_CommaAndDecimalPoint()
    {
        using var stream = new MemoryStream();
        CsvExport.Write(stream, Sample with { Rows = [Sample.Rows[0]] }, CultureInfo.GetCultureInfo("en-US"));

        var lines = Encoding.UTF8.GetString(stream.ToArray()[3..]).Split("\r\n");
        Assert.Equal("Kommune,Timer,Sendt inn,Turnover,Fritekst", lines[0]);
        Assert.StartsWith("Tromsø,12.5,2023-04-20 14:30,20.0%,", lines[1], StringComparison.Ordinal);
    }
}
