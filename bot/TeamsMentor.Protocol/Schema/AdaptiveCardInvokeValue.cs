using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;

namespace TeamsMentor.Protocol.Schema;

/// <summary>
/// The value of an <c>adaptiveCard/action</c> invoke: <c>{action:{type:"Action.Execute", verb, data}, trigger}</c>.
/// Parsed defensively: the payload comes from a client and may be forged.
/// </summary>
public sealed record AdaptiveCardInvokeValue(string Verb, JsonObject Data, string? Trigger)
{
    public const string ExecuteActionType = "Action.Execute";

    /// <summary>A string in <see cref="Data"/> (an input's value or the card's own data), or null when absent, empty or not a string.</summary>
    public string? DataString(string name) =>
        Data[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    /// <summary>A whole non-negative number in <c>data</c>, sent as a number or as digits (cards carry both); else null.</summary>
    public int? DataInt(string name) =>
        Data[name] is JsonValue v && v.TryGetValue<int>(out var n) ? n
        : int.TryParse(DataString(name), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    /// <summary>Parses an invoke value; on failure returns the Universal Actions error to answer with.</summary>
    public static bool TryParse(JsonNode? value, [NotNullWhen(true)] out AdaptiveCardInvokeValue? parsed, [NotNullWhen(false)] out InvokeResponse? error)
    {
        parsed = null;
        if (value is not JsonObject obj || obj["action"] is not JsonObject action)
        {
            error = InvokeResponse.Error(400, "BadRequest", "Missing 'action' in the invoke value.");
            return false;
        }

        var type = action["type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
        if (!string.Equals(type, ExecuteActionType, StringComparison.Ordinal))
        {
            error = InvokeResponse.Error(400, "NotSupported", $"The action type '{type}' is not supported.");
            return false;
        }

        var verb = action["verb"] is JsonValue v && v.TryGetValue<string>(out var vs) ? vs : null;
        if (string.IsNullOrWhiteSpace(verb))
        {
            error = InvokeResponse.Error(400, "BadRequest", "The action has no verb.");
            return false;
        }

        var data = action["data"] as JsonObject ?? [];
        var trigger = obj["trigger"] is JsonValue tr && tr.TryGetValue<string>(out var trs) ? trs : null;
        parsed = new AdaptiveCardInvokeValue(verb, data, trigger);
        error = null;
        return true;
    }
}
