using System.Globalization;
using System.Text.Json;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Plans;

/// <summary>
/// Typed reads from a plan document that never throw: each bad value becomes a <see cref="PlanIssue"/> with its JSON
/// path, so a reader collects every problem in one pass. Unknown properties are errors (they are usually typos).
/// </summary>
internal sealed class PlanJsonReader(TimeZoneInfo zone)
{
    /// <summary>The years a date may have (<see cref="NetworkPlanDocument.MinYear"/>).</summary>
    public const int MinYear = NetworkPlanDocument.MinYear;
    public const int MaxYear = NetworkPlanDocument.MaxYear;

    public List<PlanIssue> Issues { get; } = [];

    public TimeZoneInfo Zone { get; set; } = zone;

    public bool IsObject(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            return true;
        }

        Issues.Add(PlanIssue.Error(path, PlanIssueCodes.ExpectedObject, "Expected an object."));
        return false;
    }

    public void OnlyKnown(JsonElement obj, string path, params string[] known)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (!known.Contains(p.Name, StringComparer.Ordinal) && p.Name != "$schema")
            {
                Issues.Add(PlanIssue.Error($"{path}.{p.Name}", PlanIssueCodes.UnknownProperty, $"Unknown property '{p.Name}'. Known here: {string.Join(", ", known)}.",
                    ("name", p.Name), ("known", string.Join(", ", known))));
            }
        }
    }

    public static bool TryGet(JsonElement obj, string name, out JsonElement value) =>
        obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    public string? String(JsonElement obj, string name, string path, bool required = false)
    {
        if (!TryGet(obj, name, out var v))
        {
            Missing(required, path, name);
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            Issues.Add(PlanIssue.Error($"{path}.{name}", PlanIssueCodes.ExpectedString, "Expected a string."));
            return null;
        }

        return v.GetString();
    }

    public int? Int(JsonElement obj, string name, string path, bool required = false)
    {
        if (!TryGet(obj, name, out var v))
        {
            Missing(required, path, name);
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n))
        {
            return n;
        }

        Issues.Add(PlanIssue.Error($"{path}.{name}", PlanIssueCodes.ExpectedWholeNumber, "Expected a whole number."));
        return null;
    }

    public decimal? Decimal(JsonElement obj, string name, string path)
    {
        if (!TryGet(obj, name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d))
        {
            return d;
        }

        Issues.Add(PlanIssue.Error($"{path}.{name}", PlanIssueCodes.ExpectedNumber, "Expected a number."));
        return null;
    }

    public bool? Bool(JsonElement obj, string name, string path)
    {
        if (!TryGet(obj, name, out var v))
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        Issues.Add(PlanIssue.Error($"{path}.{name}", PlanIssueCodes.ExpectedBoolean, "Expected true or false."));
        return null;
    }

    public DateOnly? Date(JsonElement obj, string name, string path, bool required = false)
    {
        var s = String(obj, name, path, required);
        if (s is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            if (d.Year is >= MinYear and <= MaxYear)
            {
                return d;
            }

            Issues.Add(YearOutOfRange($"{path}.{name}", s));
            return null;
        }

        Issues.Add(PlanIssue.NotADate($"{path}.{name}", s));
        return null;
    }

    /// <summary>A local time <c>YYYY-MM-DDTHH:mm</c> read in the plan's time zone.</summary>
    public DateTimeOffset? LocalTime(JsonElement obj, string name, string path, bool required = false)
    {
        var s = String(obj, name, path, required);
        if (s is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(s, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            if (local.Year is >= MinYear and <= MaxYear)
            {
                return NetworkClock.ToInstant(local, Zone);
            }

            Issues.Add(YearOutOfRange($"{path}.{name}", s));
            return null;
        }

        Issues.Add(PlanIssue.Error($"{path}.{name}", PlanIssueCodes.NotALocalTime, $"'{s}' is not a local time: write YYYY-MM-DDTHH:mm (no offset; it is read in the plan's time zone).",
            ("value", s)));
        return null;
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(JsonElement obj, string name, string path, bool required = false)
    {
        if (!TryGet(obj, name, out var v))
        {
            Missing(required, path, name);
            yield break;
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            Issues.Add(PlanIssue.Error($"{path}.{name}", PlanIssueCodes.ExpectedArray, "Expected an array."));
            yield break;
        }

        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            yield return (item, $"{path}.{name}[{i++}]");
        }
    }

    public List<int>? IntArray(JsonElement obj, string name, string path)
    {
        if (!TryGet(obj, name, out _))
        {
            return null;
        }

        var list = new List<int>();
        foreach (var (item, itemPath) in Array(obj, name, path))
        {
            if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var n))
            {
                list.Add(n);
            }
            else
            {
                Issues.Add(PlanIssue.Error(itemPath, PlanIssueCodes.ExpectedWholeNumber, "Expected a whole number."));
            }
        }

        return list;
    }

    private void Missing(bool required, string path, string name)
    {
        if (required)
        {
            Issues.Add(PlanIssue.Required(path, name));
        }
    }

    private static PlanIssue YearOutOfRange(string path, string value) => PlanIssue.YearOutOfRange(path, value, MinYear, MaxYear);
}
