using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.FollowUps;

/// <summary>Which follow-up the invite card is (network and id), and the revision (time) it shows: an answer to an earlier time is not taken for a later one.</summary>
public sealed record FollowUpCardData(string Network, string FollowUp, int Revision) : ICardData<FollowUpCardData>
{
    /// <summary>The proposal's inputs (merged into the data by Teams).</summary>
    public const string DateInput = "fu.date";
    public const string TimeInput = "fu.time";

    private const string NetworkField = "network";
    private const string FollowUpField = "followUp";
    private const string RevisionField = "revision";

    public JsonObject ToJson() => new() { [NetworkField] = Network, [FollowUpField] = FollowUp, [RevisionField] = Revision };

    public static FollowUpCardData? Read(AdaptiveCardInvokeValue action) =>
        action is not null && CardIds.Required(action, NetworkField) is { } network && CardIds.Required(action, FollowUpField) is { } id
            && action.DataInt(RevisionField) is { } revision
            ? new FollowUpCardData(network, id, revision)
            : null;
}
