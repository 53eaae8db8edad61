using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace TeamsMentor.Bot.Exports;

/// <summary>
/// Writes sheets as an .xlsx workbook with the Open XML SDK: a bold, frozen header row, numbers as numbers, dates as
/// dates and shares as percentages, text as inline strings (never formulas), and column widths from the content.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's limit for one cell's text.</summary>
    private const int MaxCellText = 32_767;

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint PercentStyle = 3;
    private const uint WrapStyle = 4;

    public static void Write(Stream stream, IReadOnlyList<ExportSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var list = workbookPart.Workbook.AppendChild(new Sheets());
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            part.Worksheet = Worksheet(sheet, selected: id == 1);
            list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = UniqueName(sheet.Name, names) });
            id++;
        }

        workbookPart.Workbook.Save();
    }

    private static Worksheet Worksheet(ExportSheet sheet, bool selected)
    {
        var data = new SheetData();
        data.Append(Row(1, sheet.Headers.Select(h => new Cell { DataType = CellValues.InlineString, InlineString = Inline(h), StyleIndex = HeaderStyle })));
        uint number = 2;
        foreach (var values in sheet.Rows)
        {
            data.Append(Row(number++, values.Select(CellOf)));
        }

        var view = new SheetView { TabSelected = selected, WorkbookViewId = 0 };
        view.Append(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        var worksheet = new Worksheet(new SheetViews(view));
        if (sheet.Headers.Count > 0)
        {
            worksheet.Append(Widths(sheet));
        }

        worksheet.Append(data);
        return worksheet;
    }

    private static Row Row(uint number, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = number };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = ColumnName(column++) + number.ToString(CultureInfo.InvariantCulture);
            row.Append(cell);
        }

        return row;
    }

    private static Cell CellOf(object? value) => value switch
    {
        null => new Cell(),
        string s => new Cell { DataType = CellValues.InlineString, InlineString = Inline(s), StyleIndex = s.Contains('\n', StringComparison.Ordinal) ? WrapStyle : null },
        int i => Number(i.ToString(CultureInfo.InvariantCulture)),
        long l => Number(l.ToString(CultureInfo.InvariantCulture)),
        decimal d => Number(d.ToString(CultureInfo.InvariantCulture)),
        double d => Number(d.ToString("R", CultureInfo.InvariantCulture)),
        DateTime t => Number(t.ToOADate().ToString("R", CultureInfo.InvariantCulture), DateStyle),
        ExportPercent p => Number(p.Value.ToString(CultureInfo.InvariantCulture), PercentStyle),
        _ => throw new ArgumentException($"An export cell cannot hold a {value.GetType().Name}.", nameof(value)),
    };

    private static Cell Number(string invariant, uint? style = null) =>
        new() { DataType = CellValues.Number, CellValue = new CellValue(invariant), StyleIndex = style };

    private static InlineString Inline(string text)
    {
        var clean = XmlSafe(text.Length > MaxCellText ? text[..MaxCellText] : text);
        var t = new Text(clean);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1])))
        {
            t.Space = SpaceProcessingModeValues.Preserve;
        }

        return new InlineString(t);
    }

    /// <summary>XML 1.0 cannot carry most control characters (a pasted text might): they are left out, line breaks kept.</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF')
            ? new string([.. text.Where(c => !(c < ' ' && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF'))])
            : text;

    private static Columns Widths(ExportSheet sheet)
    {
        var columns = new Columns();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var longest = sheet.Rows.Select(r => i < r.Count ? Shown(r[i]) : 0).Append(sheet.Headers[i].Length).Max();
            var width = Math.Clamp(longest + 2, 8, 60);
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
        }

        return columns;
    }

    private static int Shown(object? value) => value switch
    {
        null => 0,
        string s => s.Split('\n').Max(line => line.Length),
        DateTime => 16,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Length ?? 0,
    };

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of <c>[]:*?/\</c>, unique in the workbook.</summary>
    private static string UniqueName(string name, HashSet<string> taken)
    {
        var clean = new string([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '-' : c)]).Trim('\'').Trim();
        clean = clean.Length == 0 ? "Sheet" : clean[..Math.Min(clean.Length, 31)];
        var candidate = clean;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = clean[..Math.Min(clean.Length, 31 - suffix.Length)] + suffix;
        }

        return candidate;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd hh:mm" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true }, // built-in "0%"
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 5 });
}
