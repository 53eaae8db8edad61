using System.Globalization;
using System.Text.Json.Nodes;
using TeamsMentor.Bot.Localization;
using TeamsMentor.Domain.Privacy;

namespace TeamsMentor.Bot.Privacy;

/// <summary>
/// The export of one person's data as a readable JSON document: what it is, in bokmål and English; then, per table, what
/// the table holds and every row that names the person, as stored (JSON inside a value shown as JSON), except that a
/// list naming several people keeps only this person (<see cref="PersonalText.OnlyTheirs"/>).
/// </summary>
public static class PersonalDataExport
{
    private static readonly CultureInfo Bokmal = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static JsonObject Build(BotText text, DataSubject subject, IReadOnlyList<PersonalDataRow> rows, string scope, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(rows);
        var tables = new JsonArray();
        foreach (var group in rows.GroupBy(r => r.Table, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            tables.Add(new JsonObject
            {
                ["table"] = group.Key,
                ["what"] = Both(text, "Privacy_Table_" + group.Key),
                ["rows"] = new JsonArray([.. group.Select(r => Row(r, subject))]),
            });
        }

        return new JsonObject
        {
            ["about"] = Both(text, "Privacy_ExportAbout"),
            ["exportedAt"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["scope"] = scope,
            ["person"] = new JsonObject
            {
                ["names"] = new JsonArray([.. subject.Names.Select(n => (JsonNode?)n)]),
                ["emails"] = new JsonArray([.. subject.Emails.Select(e => (JsonNode?)e)]),
                ["entraObjectId"] = subject.AadObjectId,
                ["networks"] = new JsonArray([.. subject.Networks.Order(StringComparer.Ordinal).Select(n => (JsonNode?)n)]),
            },
            ["rowCount"] = rows.Count,
            ["tables"] = tables,
        };
    }

    /// <summary>A network's archive: every row of its tables, as stored, grouped by table.</summary>
    public static JsonObject Archive(BotText text, Domain.Networks.NetworkPlan plan, IReadOnlyList<PersonalDataRow> rows, DateTimeOffset purgeAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        return new JsonObject
        {
            ["about"] = Both(text, "Privacy_ArchiveAbout"),
            ["network"] = new JsonObject { ["id"] = plan.Network.Id, ["name"] = plan.Network.Name },
            ["exportedAt"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["personalDataErasedAt"] = purgeAt.ToString("O", CultureInfo.InvariantCulture),
            ["rowCount"] = rows.Count,
            ["tables"] = new JsonArray([.. rows.GroupBy(r => r.Table, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (JsonNode)new JsonObject
            {
                ["table"] = g.Key,
                ["what"] = Both(text, "Privacy_Table_" + g.Key),
                ["rows"] = new JsonArray([.. g.Select(r => Row(r, null))]),
            })]),
        };
    }

    private static JsonObject Both(BotText text, string name) => new()
    {
        ["nb"] = text.Find(name, Bokmal) ?? text.Get("Privacy_Table_Other", Bokmal),
        ["en"] = text.Find(name, English) ?? text.Get("Privacy_Table_Other", English),
    };

    private static JsonObject Row(PersonalDataRow row, DataSubject? subject)
    {
        var properties = new JsonObject();
        foreach (var (key, value) in row.Properties)
        {
            properties[key] = Value(value is string s && subject is not null ? PersonalText.OnlyTheirs(s, subject, null) : value);
        }

        return new JsonObject { ["partitionKey"] = row.PartitionKey, ["rowKey"] = row.RowKey, ["properties"] = properties };
    }

    private static JsonNode? Value(object? value)
    {
        if (value is string s && PersonalText.ParseJson(s) is { } json)
        {
            return json;
        }

        return value switch
        {
            null => null,
            string text => text,
            DateTimeOffset at => at.ToString("O", CultureInfo.InvariantCulture),
            DateTime at => at.ToString("O", CultureInfo.InvariantCulture),
            bool b => b,
            int i => i,
            long l => l,
            double d => d,
            Guid g => g.ToString(),
            byte[] bytes => Convert.ToBase64String(bytes),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture),
        };
    }
}
