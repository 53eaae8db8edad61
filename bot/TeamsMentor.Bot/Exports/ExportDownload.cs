using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Bot.Tab;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Exports;

/// <summary>An export as a download: .xlsx (every sheet) or .csv (the first), named after what it holds, the network and the local day.</summary>
public static class ExportDownload
{
    /// <summary>
    /// An organizers' export (behind <c>RequireOrganizer()</c>): 400 for a format other than xlsx/csv, else the sheets
    /// <paramref name="build"/> makes, labelled in <paramref name="locale"/>'s language, as a download named by the text
    /// <paramref name="fileStemKey"/>.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ServeAsync(NetworkPlan plan, string? format, string? locale,
        string fileStemKey, BotText text, TimeProvider time, Func<CardText, NetworkPlan, Task<IReadOnlyList<ExportSheet>>> build)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(build);
        var (chosen, refused) = Format(format);
        if (refused is not null)
        {
            return refused;
        }

        var t = new CardText(text, BotLocale.From(locale));
        return File(await build(t, plan), chosen, t.Culture, t[fileStemKey], plan.Network.Id, time.GetUtcNow(), plan.Network.Zone);
    }

    /// <summary>The format asked for (xlsx when none), or a 400 problem for any other.</summary>
    public static (string Format, ProblemHttpResult? Problem) Format(string? asked)
    {
        var format = (asked ?? "xlsx").ToLowerInvariant();
        return format is "xlsx" or "csv" ? (format, null) : (format, ApiProblems.Problem(400, ProblemCodes.ExportUnknownFormat, "Unknown format", $"Export as 'xlsx' or 'csv', not '{format}'."));
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
