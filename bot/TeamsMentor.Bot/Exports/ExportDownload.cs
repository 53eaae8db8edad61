using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.Admin;

namespace TeamsMentor.Bot.Exports;

/// <summary>An export as a download: .xlsx (every sheet) or .csv (the first), named after what it holds, the network and the local day.</summary>
public static class ExportDownload
{
    /// <summary>The format asked for (xlsx when none), or a 400 problem for any other.</summary>
    public static (string Format, ProblemHttpResult? Problem) Format(string? asked)
    {
        var format = (asked ?? "xlsx").ToLowerInvariant();
        return format is "xlsx" or "csv" ? (format, null) : (format, AdminResults.Problem(400, "Unknown format", $"Export as 'xlsx' or 'csv', not '{format}'."));
    }

    public static FileContentHttpResult File(IReadOnlyList<ExportSheet> sheets, string format, CultureInfo culture, string fileStem, string networkId,
        DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        using var buffer = new MemoryStream();
        if (format == "xlsx")
        {
            XlsxExport.Write(buffer, sheets);
        }
        else
        {
            CsvExport.Write(buffer, sheets[0], culture);
        }

        var day = TimeZoneInfo.ConvertTime(now, zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return TypedResults.File(buffer.ToArray(), format == "xlsx" ? XlsxExport.ContentType : CsvExport.ContentType, $"{fileStem}-{networkId}-{day}.{format}");
    }
}
