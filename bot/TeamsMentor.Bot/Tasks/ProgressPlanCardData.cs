using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Protocol.Schema;

namespace TeamsMentor.Bot.Tasks;

/// <summary>
/// Which team's progress plan the card is (network, team, and the gathering whose period it plans), and on the add
/// form the id the new step gets: one per form shown, so pressing "add" again after a lost answer adds it once.
/// </summary>
public sealed record ProgressPlanCardData(string Network, string Team, int Gathering, string? StepId = null) : ICardData<ProgressPlanCardData>
{
    /// <summary>The add form's inputs (merged into the data by Teams).</summary>
    public const string TaskInput = "pp.task";
    public const string TextInput = "pp.text";
    public const string OwnerInput = "pp.owner";
    public const string DueInput = "pp.due";

    private const string NetworkField = "network";
    private const string TeamField = "team";
    private const string GatheringField = "gathering";
    private const string StepField = "step";

    public JsonObject ToJson()
    {
        var data = new JsonObject { [NetworkField] = Network, [TeamField] = Team, [GatheringField] = Gathering };
        if (StepId is not null)
        {
            data[StepField] = StepId;
        }

        return data;
    }

    public static ProgressPlanCardData? Read(AdaptiveCardInvokeValue action) =>
        action is not null && CardIds.Required(action, NetworkField) is { } network && CardIds.Required(action, TeamField) is { } team
            && action.DataInt(GatheringField) is { } gathering && CardIds.Optional(action, StepField, out var step) && (step is null || step.Length <= 64)
            ? new ProgressPlanCardData(network, team, gathering, step)
            : null;
}
