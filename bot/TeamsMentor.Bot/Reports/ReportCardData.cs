using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Reports;

/// <summary>
/// What identifies the report on every action of the status-report card (checked against the sender's team on each
/// invoke), and on the form the version it was built from (empty when the report did not exist yet) and its save
/// token (one per form shown; the same on a form given back after "could not confirm").
/// </summary>
public sealed record ReportCardData(string Network, string Team, int Gathering, string? Version = null, string? SaveToken = null) : ICardData<ReportCardData>
{
    private const string NetworkField = "network";
    private const string TeamField = "team";
    private const string GatheringField = "gathering";
    private const string VersionField = "version";
    private const string SaveTokenField = "saveToken";

    public JsonObject ToJson()
    {
        var data = new JsonObject { [NetworkField] = Network, [TeamField] = Team, [GatheringField] = Gathering };
        if (Version is not null)
        {
            data[VersionField] = Version;
        }

        if (SaveToken is not null)
        {
            data[SaveTokenField] = SaveToken;
        }

        return data;
    }

    /// <summary>The data, or null when the network, team or gathering is missing; an empty version reads as none.</summary>
    public static ReportCardData? Read(AdaptiveCardInvokeValue action) =>
        action is not null && CardIds.Required(action, NetworkField) is { } network && CardIds.Required(action, TeamField) is { } team
            && action.DataInt(GatheringField) is { } gathering && CardIds.Optional(action, VersionField, out var version)
            && CardIds.Optional(action, SaveTokenField, out var token)
            ? new ReportCardData(network, team, gathering, version, token)
            : null;
}
