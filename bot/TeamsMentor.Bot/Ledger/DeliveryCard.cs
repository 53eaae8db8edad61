using System.Text.Json.Nodes;
using TeamsMentor.Bot.CardKit;
using TeamsMentor.Domain.Delivery;
using TeamsMentor.Domain.Networks;
using static TeamsMentor.Bot.CardKit.CardElements;

namespace TeamsMentor.Bot.Ledger;

/// <summary>The "utsendinger" card: per network the latest waves, how many were sent, and what is waiting or went wrong.</summary>
public static class DeliveryCard
{
    public const int MaxWaves = 10;

    public static JsonObject Build(CardText t, IReadOnlyList<(NetworkPlan Plan, IReadOnlyList<WaveSummary> Waves)> networks)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(networks);
        var body = new JsonArray();
        foreach (var (plan, waves) in networks)
        {
            body.Add(Text(t.Format("Delivery_Title", plan.Network.Name), size: "Medium", weight: "Bolder"));
            if (waves.Count == 0)
            {
                body.Add(Text(t["Delivery_None"], subtle: true));
                continue;
            }

            foreach (var wave in waves.Take(MaxWaves))
            {
                var label = t.DateTime(wave.CreatedAt, plan.Network.Zone) + " · " + Label(t, wave);
                body.Add(Text(t.Format("Delivery_Wave", label, wave.Count(DeliveryState.Sent), wave.Targets), spacing: "Small"));
                var waiting = wave.Count(DeliveryState.Queued) + wave.Count(DeliveryState.Sending) + wave.Count(DeliveryState.Retrying);
                var failed = wave.Count(DeliveryState.Failed);
                var unreachable = wave.Count(DeliveryState.Unreachable);
                if (waiting + failed + unreachable > 0)
                {
                    var line = t.Format("Delivery_Problems", waiting, failed, unreachable);
                    body.Add(failed + unreachable > 0 ? Attention(line) : Text(line, subtle: true, spacing: "None"));
                }
            }
        }

        return Card(t.Format("Delivery_Title", string.Join(", ", networks.Select(n => n.Plan.Network.Name))), body);
    }

    private static string Label(CardText t, WaveSummary wave)
    {
        // Each kind of wave is named by the text Wave_{kind} (a kind without one, from an older version, shows as stored).
        var kind = t.Find("Wave_" + wave.Kind) is { } label ? string.Format(t.Culture, label, wave.Gathering ?? 0) : wave.Kind;
        return wave.Description is { Length: > 0 } d ? $"{kind} – {d}" : kind;
    }
}
