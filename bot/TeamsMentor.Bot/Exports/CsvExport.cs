using System.Globalization;
using System.Text;

namespace TeamsMentor.Bot.Exports;

/// <summary>
/// Writes one sheet as CSV (RFC 4180 quoting, CRLF) that Excel opens as it should: UTF-8 with a byte order mark (so
/// æøå survive), and in Norwegian the semicolon as separator with decimal commas (what Norwegian Excel expects),
/// in English the comma. Text that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static void Write(Stream stream, ExportSheet sheet, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(culture);
        var separator = Separator(culture);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        writer.WriteLine(string.Join(separator, sheet.Headers.Select(h => Quote(h, separator))));
        foreach (var row in sheet.Rows)
        {
            writer.WriteLine(string.Join(separator, row.Select(v => Quote(Format(v, culture), separator))));
        }
    }

    /// <summary>The list separator Excel uses for the culture: ';' where the decimal separator is a comma.</summary>
    public static char Separator(CultureInfo culture) =>
        (culture ?? throw new ArgumentNullException(nameof(culture))).NumberFormat.NumberDecimalSeparator == "," ? ';' : ',';

    private static string Format(object? value, CultureInfo culture) => value switch
    {
        null => "",
        string s => Defused(s),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ExportPercent p => p.Value.ToString("P1", culture),
        IFormattable f => f.ToString(null, culture),
        _ => throw new ArgumentException($"An export cell cannot hold a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>OWASP's advice against CSV injection: a cell that starts like a formula is made plain text.</summary>
    private static string Defused(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Quote(string text, char separator) =>
        text.IndexOfAny([separator, '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
