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
}

/// <summary>The parts of the report, in the order the card shows them.</summary>
public enum ReportSection
{
    Tasks,
    Goals,
    Hours,
    Figures,
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

    public bool AskedAt(int gathering) => (FromGathering is not { } from || gathering >= from) && (Gatherings is null || Gatherings.Contains(gathering));

    public string Text(bool english) => english && TextEn is { Length: > 0 } en ? en : TextNb;

    public string? Definition(bool english) => english && DefinitionEn is { Length: > 0 } en ? en : DefinitionNb;
}
