using System.Text.Json;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Domain.Plans;

/// <summary>
/// Reads a network plan document (plans/README.md, format version 1): structure and types first, then the domain
/// rules; every issue at once, each with its JSON path. Export is <see cref="NetworkPlanWriter"/>.
/// </summary>
public static class NetworkPlanDocument
{
    public const int FormatVersion = 1;
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>Dates outside these years are refused: they are typos, and far ones break time-zone arithmetic.</summary>
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static PlanReadResult Read(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxBytes)
        {
            return Fail(PlanIssue.Error("$", PlanIssueCodes.TooLarge, $"The plan is larger than {MaxBytes / 1024 / 1024} MB.", ("mb", MaxBytes / 1024 / 1024)));
        }

        JsonDocument document;
        try
        {
            // Exactly one JSON value: anything after it is refused like any other syntax error.
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return Fail(PlanIssue.Error("$", PlanIssueCodes.NotJson, $"Not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}): {ex.Message}",
                ("line", (ex.LineNumber ?? 0) + 1), ("position", (ex.BytePositionInLine ?? 0) + 1)));
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    public static PlanReadResult Read(JsonElement root)
    {
        var r = new PlanJsonReader(TimeZoneInfo.Utc);
        if (!r.IsObject(root, "$"))
        {
            return new PlanReadResult(null, r.Issues);
        }

        r.OnlyKnown(root, "$", "formatVersion", "id", "name", "description", "period", "timeZone", "defaultLocale", "smallGroupMinimum", "organizers",
            "phases", "schedule", "municipalities", "teams", "gatherings", "tasks", "evaluationItems", "reportItems");
        var version = r.Int(root, "formatVersion", "$");
        if (version is not null and not FormatVersion)
        {
            r.Issues.Add(PlanIssue.Error("$.formatVersion", PlanIssueCodes.FormatVersion, $"This app reads plan format version {FormatVersion}; the document says {version}.",
                ("expected", FormatVersion), ("actual", version)));
        }

        var timeZone = r.String(root, "timeZone", "$") ?? LearningNetwork.DefaultTimeZone;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone))
        {
            r.Zone = zone;
        }

        var network = PlanSections.Network(r, root, timeZone);
        var (teams, members) = PlanSections.Teams(r, root);
        var plan = new NetworkPlan
        {
            Network = network,
            Teams = teams,
            Members = members,
            Gatherings = PlanSections.Gatherings(r, root),
            Tasks = PlanSections.Tasks(r, root),
            EvaluationItems = PlanSections.Items(r, root),
            ReportItems = PlanSections.ReportItemList(r, root),
        };

        var issues = new List<PlanIssue>(r.Issues);
        if (!NetworkPlanRules.HasErrors(issues))
        {
            issues.AddRange(NetworkPlanRules.Validate(plan));
        }

        return new PlanReadResult(NetworkPlanRules.HasErrors(issues) ? null : plan, issues);
    }

    private static PlanReadResult Fail(PlanIssue issue) => new(null, [issue]);
}
