using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Bot.Conversation;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;

namespace TeamsMentor.Bot.Ledger;

/// <summary>"utsendinger" (formerly "levering") / "delivery": the latest waves of the networks the sender organizes, counted by state.</summary>
public sealed class LedgerCommand(INetworkRepository networks, IDeliveryStore deliveries) : ITextCommand
{
    /// <remarks>"levering" and "leveringer" are the command's old names, kept as aliases (the language review renamed it).</remarks>
    public static IReadOnlyList<string> Words { get; } = ["utsendinger", "utsending", "levering", "leveringer", "delivery", "deliveries"];

    public async Task<JsonObject> AnswerAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var t = context.Text;
        var plans = NetworkAccess.OrganizedBy(await networks.GetAllPlansAsync(cancellationToken), context.Activity.From?.AadObjectId);
        if (plans.Count == 0)
        {
            return NoticeCard.Build(t.Format("Delivery_Title", "TeamsMentor"), t["Delivery_NotOrganizer"]);
        }

        var waves = new List<(NetworkPlan Plan, IReadOnlyList<WaveSummary> Waves)>();
        foreach (var plan in plans)
        {
            waves.Add((plan, await deliveries.ListWavesAsync(plan.Network.Id, cancellationToken)));
        }

        return DeliveryCard.Build(t, waves);
    }
}
