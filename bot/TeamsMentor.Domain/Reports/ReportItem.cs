namespace TeamsMentor.Domain.Reports;

/// <summary>How a status-report question is answered.</summary>
public enum ReportItemKind
{
    /// <summary>Free text.</summary>
    Text,
    /// <summary>A number with decimals (hours).</summary>
    Number,
    /// <summary>A whole number, zero or more (a figure the network sums).</summary>
    Count,
    /// <summary>1-5.</summary>
    Likert,
    /// <summary>The tasks given at the previous gathering, each done / partly / not yet with a comment.</summary>
    TaskOutcomes,

    /// <summary>A measure computed from two counts or numbers (<see cref="ReportItem.Numerator"/> / <see cref="ReportItem.Denominator"/>); never asked.</summary>
    Ratio,
}

/// <summary>Which way a measure should move.</summary>
public enum MeasureDirection
{
    /// <summary>Neither way is better (e.g. hours).</summary>
    None,

    /// <summary>Higher is better (more mentors).</summary>
    Up,

    /// <summary>Lower is better (turnover).</summary>
    Down,
}

/// <summary>The parts of the report, in the order the card shows them.</summary>
public enum ReportSection
{
    Tasks,
    Goals,
    Hours,
    Figures,

    /// <summary>The team's final report (sluttrapport), asked with the last gathering's report.</summary>
    Final,
    Other,
}

/// <summary>
/// One question of the status report, from the plan's <c>reportItems</c>: its kind, the section it sits in, its text and
/// the definition shown under it (what counts as a mentor, a new hire, a quit), whether a submitted report must answer
/// it, and the gatherings it is asked at. A count may be answered "not known yet" (before the first mentors exist).
/// </summary>
public sealed record ReportItem
{
    public required string Id { get; init; }
    public required ReportItemKind Kind { get; init; }
    public required ReportSection Section { get; init; }
    public required string TextNb { get; init; }
    public string? TextEn { get; init; }
    public string? DefinitionNb { get; init; }
    public string? DefinitionEn { get; init; }
    public bool Required { get; init; }

    /// <summary>Asked from this gathering on (none: from the first).</summary>
    public int? FromGathering { get; init; }

    /// <summary>Asked only at these gatherings (none: at every gathering from <see cref="FromGathering"/>).</summary>
    public IReadOnlyList<int>? Gatherings { get; init; }

    /// <summary>May be answered "not known yet" instead of a number.</summary>
    public bool NotYetKnown { get; init; }

    /// <summary>Asked only with the report before the plan's last gathering (the sluttrapport's questions).</summary>
    public bool FinalOnly { get; init; }

    /// <summary>A ratio's numerator and denominator: ids of count or number items.</summary>
    public string? Numerator { get; init; }

    public string? Denominator { get; init; }

    /// <summary>Which way the measure should move (the trend flags a series going the other way two periods in a row).</summary>
    public MeasureDirection Direction { get; init; }

    /// <summary>A target or reference line (a ratio as a fraction: 0.3 for the national turnover of about 30 %), with what it is.</summary>
    public decimal? Target { get; init; }

    public string? TargetLabelNb { get; init; }

    public string? TargetLabelEn { get; init; }

    /// <summary>A number, count, likert or ratio: it has a value per report and a trend.</summary>
    public bool IsMeasure => Kind is ReportItemKind.Number or ReportItemKind.Count or ReportItemKind.Likert or ReportItemKind.Ratio;

    public string? TargetLabel(bool english) => english && TargetLabelEn is { Length: > 0 } en ? en : TargetLabelNb;

    /// <summary>Whether the item is asked at <paramref name="gathering"/> (a ratio never is: it is computed).</summary>
    public bool AskedAt(int gathering) => Kind != ReportItemKind.Ratio && (FromGathering is not { } from || gathering >= from) && (Gatherings is null || Gatherings.Contains(gathering));

    public string Text(bool english) => english && TextEn is { Length: > 0 } en ? en : TextNb;

    public string? Definition(bool english) => english && DefinitionEn is { Length: > 0 } en ? en : DefinitionNb;
}
