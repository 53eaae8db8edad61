using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Reports;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// What identifies the report on every action of the status-report card (checked against the sender's team on each
/// invoke), and what the form or overview was built from: the report's version (empty when it did not exist yet), a
/// section and that section's version (empty: never saved), the overview's "complete" mark (<see cref="ReportSeal"/>;
/// present but empty when something was missing), and the form's save token (one per form shown; the same on a form
/// given back after "could not confirm").
/// </summary>
public sealed record ReportCardData(string Network, string Team, int Gathering, string? Version = null, string? SaveToken = null) : ICardData<ReportCardData>
{
    private const string NetworkField = "network";
    private const string TeamField = "team";
    private const string GatheringField = "gathering";
    private const string VersionField = "version";
    private const string SaveTokenField = "saveToken";
    private const string SectionField = "section";
    private const string SectionVersionField = "sectionVersion";
    private const string CompleteField = "complete";

    /// <summary>The section a section form (or its button on the overview) is for.</summary>
    public ReportSection? Section { get; init; }

    /// <summary>The section's version the form was built from ("" or none: never saved).</summary>
    public string? SectionVersion { get; init; }

    /// <summary>On the overview's submit: the "complete" mark of <see cref="Version"/> ("" when it was not complete). Null: not from an overview.</summary>
    public string? Complete { get; init; }

    public JsonObject ToJson()
    {
        var data = new JsonObject { [NetworkField] = Network, [TeamField] = Team, [GatheringField] = Gathering };
        void Add(string field, string? value)
        {
            if (value is not null)
            {
                data[field] = value;
            }
        }

        Add(VersionField, Version);
        Add(SaveTokenField, SaveToken);
        Add(SectionField, Section?.ToString());
        Add(SectionVersionField, SectionVersion);
        Add(CompleteField, Complete);
        return data;
    }

    /// <summary>
    /// The data, or null when the network, team or gathering is missing, an id is unusable, or the section is not one of
    /// the report's; an empty version reads as none.
    /// </summary>
    public static ReportCardData? Read(AdaptiveCardInvokeValue action)
    {
        if (action is null || CardIds.Required(action, NetworkField) is not { } network || CardIds.Required(action, TeamField) is not { } team
            || action.DataInt(GatheringField) is not { } gathering || !CardIds.Optional(action, VersionField, out var version)
            || !CardIds.Optional(action, SaveTokenField, out var token) || !CardIds.Optional(action, SectionField, out var sectionName)
            || !CardIds.Optional(action, SectionVersionField, out var sectionVersion) || !CardIds.Optional(action, CompleteField, out var complete))
        {
            return null;
        }

        ReportSection? section = null;
        if (sectionName is not null)
        {
            // By name only (Enum.TryParse would also take "3" or "Tasks, Goals").
            if (!Enum.GetNames<ReportSection>().Contains(sectionName, StringComparer.Ordinal))
            {
                return null;
            }

            section = Enum.Parse<ReportSection>(sectionName);
        }

        return new ReportCardData(network, team, gathering, version, token)
        {
            Section = section,
            SectionVersion = sectionVersion,
            Complete = complete ?? (action.Data.ContainsKey(CompleteField) ? "" : null),
        };
    }
}
