using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Evaluations;

/// <summary>Which evaluation the card is (network and gathering), and whether the person asks to change an answer.</summary>
public sealed record EvaluationCardData(string Network, int Gathering, bool Edit = false) : ICardData<EvaluationCardData>
{
    private const string NetworkField = "network";
    private const string GatheringField = "gathering";
    private const string EditField = "edit";

    public JsonObject ToJson()
    {
        var data = new JsonObject { [NetworkField] = Network, [GatheringField] = Gathering };
        if (Edit)
        {
            data[EditField] = true;
        }

        return data;
    }

    public static EvaluationCardData? Read(AdaptiveCardInvokeValue action) =>
        action is not null && CardIds.Required(action, NetworkField) is { } network && action.DataInt(GatheringField) is { } gathering
            ? new EvaluationCardData(network, gathering, action.Data[EditField] is JsonValue e && e.TryGetValue<bool>(out var edit) && edit)
            : null;
}
